package io.github.nexmock.samples.spring;

import com.vonage.jwt.Jwt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Signs client SDK tokens with the Vonage JWT library: RS256 with the application's key, {@code sub} the user name and
 * the ACL of Nexmo's "create your application, users and tokens" guide.
 */
@Service
public class ClientTokenIssuer {

    /** The guide's ACL paths for client SDK users. */
    static final List<String> CLIENT_SDK_PATHS = List.of(
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

    private final VonageSettings settings;
    private final Clock clock;

    public ClientTokenIssuer(VonageSettings settings, Clock clock) {
        if (settings.tokenLifetime().compareTo(SHORTEST) < 0
                || settings.tokenLifetime().compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("vonage.token-lifetime " + settings.tokenLifetime()
                    + " is outside Nexmo's " + SHORTEST + " to " + LONGEST);
        }
        this.settings = settings;
        this.clock = clock;
    }

    /** A token for the user of this name, and when it expires. */
    public IssuedToken issue(String userName) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.tokenLifetime());
        Map<String, Object> paths = new LinkedHashMap<>();
        CLIENT_SDK_PATHS.forEach(path -> paths.put(path, Map.of()));
        String token = Jwt.builder()
                .applicationId(settings.applicationId())
                .privateKeyContents(settings.privateKey())
                .subject(userName)
                .issuedAt(issuedAt.atZone(ZoneOffset.UTC))
                .expiresAt(expiresAt.atZone(ZoneOffset.UTC))
                .addClaim("acl", Map.of("paths", paths))
                .build()
                .generate();
        return new IssuedToken(userName, token, expiresAt);
    }

    /** A signed token for {@code user}, valid until {@code expiresAt}. */
    public record IssuedToken(String user, String token, Instant expiresAt) {}
}
