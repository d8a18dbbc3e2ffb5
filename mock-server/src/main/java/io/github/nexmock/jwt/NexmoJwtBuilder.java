package io.github.nexmock.jwt;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints a Nexmo JWT signed RS256 (header {@code alg} RS256, {@code typ} JWT, times in whole epoch seconds), as a
 * backend issuing client SDK tokens would. Refuses a lifetime under Nexmo's 30 s unless
 * {@link #allowOutOfBoundsLifetime()} asks for such a token, for negative tests; a lifetime over 24 h is signed, as
 * Nexmo accepts it (and honours it 24 h), and {@link #warnings()} says so. Not thread-safe; one token per builder.
 */
public final class NexmoJwtBuilder {

    private String applicationId;
    private PrivateKey privateKey;
    private Clock clock = Clock.systemUTC();
    private Instant issuedAt;
    private String jti;
    private Instant notBefore;
    private Instant expiresAt;
    private Duration lifetime;
    private String subject;
    private Acl acl;
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private boolean outOfBoundsLifetimeAllowed;
    private List<TokenWarning> warnings = List.of();

    NexmoJwtBuilder() {
    }

    /** The application the token speaks for (required). */
    public NexmoJwtBuilder applicationId(String applicationId) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        return this;
    }

    /** The application's RSA private key (required). */
    public NexmoJwtBuilder privateKey(PrivateKey privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        return this;
    }

    /** Clock for the default {@code iat}; the system UTC clock unless set. */
    public NexmoJwtBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** {@code iat}; the clock's now unless set. Sub-second parts are dropped. */
    public NexmoJwtBuilder issuedAt(Instant issuedAt) {
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        return this;
    }

    /** {@code jti}; a random UUID unless set. */
    public NexmoJwtBuilder jti(String jti) {
        this.jti = Objects.requireNonNull(jti, "jti");
        return this;
    }

    /** {@code nbf}; absent unless set. */
    public NexmoJwtBuilder notBefore(Instant notBefore) {
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        return this;
    }

    /** {@code exp}; {@code iat} + 15 min unless this or {@link #lifetime} is set. */
    public NexmoJwtBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        return this;
    }

    /** {@code exp} as {@code iat} + lifetime; an alternative to {@link #expiresAt}. */
    public NexmoJwtBuilder lifetime(Duration lifetime) {
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        return this;
    }

    /** {@code sub}: the user name, which makes this a client SDK (user) token. */
    public NexmoJwtBuilder subject(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
        return this;
    }

    /** {@code acl}: what the token may access; absent unless set. */
    public NexmoJwtBuilder acl(Acl acl) {
        this.acl = Objects.requireNonNull(acl, "acl");
        return this;
    }

    /**
     * A custom claim; the registered ones have their own methods.
     *
     * @throws IllegalArgumentException for {@code application_id}, {@code iat}, {@code jti}, {@code nbf}, {@code exp}, {@code sub}, {@code acl}
     */
    public NexmoJwtBuilder claim(String name, Object value) {
        if (NexmoJwt.REGISTERED_CLAIMS.contains(name)) {
            throw new IllegalArgumentException("claim '" + name + "' has its own builder method; use it instead of claim()");
        }
        claims.put(name, value);
        return this;
    }

    /** Lets {@link #sign()} mint a token whose lifetime Nexmo refuses (under 30 s). */
    public NexmoJwtBuilder allowOutOfBoundsLifetime() {
        this.outOfBoundsLifetimeAllowed = true;
        return this;
    }

    /**
     * Signs the token RS256 and returns its compact form.
     *
     * @throws IllegalStateException when the application id or key is missing
     * @throws IllegalArgumentException when the lifetime is under 30 s, or both expiresAt and lifetime are set
     */
    public String sign() {
        if (applicationId == null || privateKey == null) {
            throw new IllegalStateException("a Nexmo JWT needs applicationId(...) and privateKey(...) before sign()");
        }
        if (expiresAt != null && lifetime != null) {
            throw new IllegalArgumentException("set either expiresAt(...) or lifetime(...), not both");
        }
        long iat = (issuedAt == null ? clock.instant() : issuedAt).getEpochSecond();
        long exp = expiresAt != null ? expiresAt.getEpochSecond()
                : iat + (lifetime == null ? NexmoJwt.DEFAULT_LIFETIME : lifetime).toSeconds();
        checkLifetime(exp - iat);
        warnings = List.copyOf(new TokenLifetime(Instant.ofEpochSecond(iat), Instant.ofEpochSecond(exp)).warnings());

        JwtBuilder jwt = Jwts.builder()
                .header().type("JWT").and()
                .claim(NexmoJwt.APPLICATION_ID, applicationId)
                .issuedAt(seconds(iat))
                .id(jti == null ? UUID.randomUUID().toString() : jti)
                .expiration(seconds(exp));
        if (notBefore != null) {
            jwt.notBefore(seconds(notBefore.getEpochSecond()));
        }
        if (subject != null) {
            jwt.subject(subject);
        }
        if (acl != null) {
            jwt.claim(NexmoJwt.ACL, acl.toClaim());
        }
        claims.forEach(jwt::claim);
        return jwt.signWith(privateKey, Jwts.SIG.RS256).compact();
    }

    private void checkLifetime(long seconds) {
        if (outOfBoundsLifetimeAllowed) {
            return;
        }
        if (seconds < NexmoJwt.MIN_LIFETIME.toSeconds()) {
            throw new IllegalArgumentException("token lifetime would be " + seconds + " s; Nexmo requires at least "
                    + NexmoJwt.MIN_LIFETIME.toSeconds() + " s");
        }
    }

    /**
     * What the token {@link #sign()} signed last has that Nexmo accepts but is probably a mistake, such as an
     * {@code exp} more than 24 h after {@code iat}; empty before signing.
     */
    public List<TokenWarning> warnings() {
        return warnings;
    }

    private static Date seconds(long epochSecond) {
        return new Date(epochSecond * 1000);
    }
}
