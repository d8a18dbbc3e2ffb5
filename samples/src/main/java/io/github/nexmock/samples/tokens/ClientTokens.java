package io.github.nexmock.samples.tokens;

import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints the client SDK JWTs of one application's users: RS256, {@code sub} the user name, the guide's ACL and a
 * fixed lifetime. Nexmo requires at least 30 seconds and honours a token at most 24 hours after {@code iat} (a later
 * {@code exp} is accepted but does not count), so a longer lifetime is refused here as a mistake; shorter tokens limit
 * what a leaked one is worth.
 */
public final class ClientTokens {

    /** The ACL paths Nexmo's guide gives client SDK users: their users, conversations, calls' media and so on. */
    public static final List<String> CLIENT_SDK_PATHS = List.of(
            "/*/users/**",
            "/*/conversations/**",
            "/*/sessions/**",
            "/*/devices/**",
            "/*/image/**",
            "/*/media/**",
            "/*/applications/**",
            "/*/push/**",
            "/*/knocking/**");

    private static final Duration SHORTEST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofHours(24);

    private final ApplicationKey key;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Object> acl;

    /**
     * Tokens of {@code key}'s application that live {@code lifetime}, timed by {@code clock}.
     *
     * @throws IllegalArgumentException when the lifetime is outside what Nexmo accepts
     */
    public ClientTokens(ApplicationKey key, Duration lifetime, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.compareTo(SHORTEST) < 0 || lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(
                    "token lifetime " + lifetime + " is outside Nexmo's " + SHORTEST + " to " + LONGEST);
        }
        Map<String, Object> paths = new LinkedHashMap<>();
        CLIENT_SDK_PATHS.forEach(path -> paths.put(path, Map.of()));
        this.acl = Map.of("paths", paths);
    }

    /** A fresh token for the user of this name. */
    public IssuedToken mint(String userName) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(lifetime);
        String token = Jwts.builder()
                .header()
                .type("JWT")
                .and()
                .claim("application_id", key.applicationId())
                .id(UUID.randomUUID().toString())
                .subject(userName)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .claim("acl", acl)
                .signWith(key.privateKey(), Jwts.SIG.RS256)
                .compact();
        return new IssuedToken(userName, token, expiresAt);
    }
}
