package io.github.nexmock.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Nexmo's JWT rules and the one type for minting tokens by hand: {@code NexmoJwts.builder()...sign()} returns a
 * {@link Builder}. (In tests run by the JUnit extension, the annotation {@code @NexmoJwt} mints one for you.)
 * Application tokens carry {@code application_id}, {@code iat} and {@code jti}; client SDK tokens add {@code sub} and {@code acl}.
 */
public final class NexmoJwts {

    /** Lifetime of a token without {@code exp}. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
    /** Shortest lifetime ({@code exp - iat}) Nexmo accepts. */
    public static final Duration MIN_LIFETIME = Duration.ofSeconds(30);
    /**
     * How long after {@code iat} Nexmo honours a token at most, whatever {@code exp} says (support article
     * 360000958407): a later {@code exp} is accepted, and the token stops working at {@code iat} + 24 h.
     */
    public static final Duration MAX_LIFETIME = Duration.ofHours(24);

    static final String APPLICATION_ID = "application_id";
    static final String ISSUED_AT = "iat";
    static final String JWT_ID = "jti";
    static final String NOT_BEFORE = "nbf";
    static final String EXPIRES_AT = "exp";
    static final String SUBJECT = "sub";
    static final String ACL = "acl";
    static final Set<String> REGISTERED_CLAIMS =
            Set.of(APPLICATION_ID, ISSUED_AT, JWT_ID, NOT_BEFORE, EXPIRES_AT, SUBJECT, ACL);

    private NexmoJwts() {}

    /** Starts a token; {@code applicationId} and {@code privateKey} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Mints a Nexmo JWT signed RS256 (header {@code alg} RS256, {@code typ} JWT, times in whole epoch seconds), as a
     * backend issuing client SDK tokens would. Refuses a lifetime under Nexmo's 30 s unless
     * {@link #allowOutOfBoundsLifetime()} asks for such a token, for negative tests; a lifetime over 24 h is signed, as
     * Nexmo accepts it (and honours it 24 h), and {@link #warnings()} says so. Not thread-safe; one token per builder.
     *
     * <p>The token is written with Jackson and signed with {@link Signature} ({@code SHA256withRSA}): a JWT library would
     * add hundreds of classes to the first token of a JVM for this one fixed header and algorithm.
     */
    public static final class Builder {

        /** RS256 needs an RSA key of at least this many bits (RFC 7518, section 3.3). */
        private static final int MIN_KEY_BITS = 2048;

        private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
        private static final String HEADER =
                BASE64URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.US_ASCII));
        private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

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

        Builder() {}

        /** The application the token speaks for (required). */
        public Builder applicationId(String applicationId) {
            this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
            return this;
        }

        /** The application's RSA private key (required). */
        public Builder privateKey(PrivateKey privateKey) {
            this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
            return this;
        }

        /** Clock for the default {@code iat}; the system UTC clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** {@code iat}; the clock's now unless set. Sub-second parts are dropped. */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
            return this;
        }

        /** {@code jti}; a random UUID unless set. */
        public Builder jti(String jti) {
            this.jti = Objects.requireNonNull(jti, "jti");
            return this;
        }

        /** {@code nbf}; absent unless set. */
        public Builder notBefore(Instant notBefore) {
            this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
            return this;
        }

        /** {@code exp}; {@code iat} + 15 min unless this or {@link #lifetime} is set. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
            return this;
        }

        /** {@code exp} as {@code iat} + lifetime; an alternative to {@link #expiresAt}. */
        public Builder lifetime(Duration lifetime) {
            this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** {@code sub}: the user name, which makes this a client SDK (user) token. */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        /** {@code acl}: what the token may access; absent unless set. */
        public Builder acl(Acl acl) {
            this.acl = Objects.requireNonNull(acl, "acl");
            return this;
        }

        /**
         * A custom claim; the registered ones have their own methods.
         *
         * @throws IllegalArgumentException for {@code application_id}, {@code iat}, {@code jti}, {@code nbf}, {@code exp},
         *     {@code sub}, {@code acl}, and for {@code ttl}, which Nexmo refuses in a token ({@link Reason#TTL_CLAIM})
         */
        public Builder claim(String name, Object value) {
            if (REGISTERED_CLAIMS.contains(name)) {
                throw new IllegalArgumentException(
                        "claim '" + name + "' has its own builder method; use it instead of claim()");
            }
            if (name.equals("ttl")) {
                throw new IllegalArgumentException("claim 'ttl' makes Nexmo refuse the token (TTL_CLAIM); give the"
                        + " lifetime as exp instead, e.g. exp=$(($(date +%s)+900)), or lifetime(Duration)");
            }
            claims.put(name, value);
            return this;
        }

        /** Lets {@link #sign()} mint a token whose lifetime Nexmo refuses (under 30 s). */
        public Builder allowOutOfBoundsLifetime() {
            this.outOfBoundsLifetimeAllowed = true;
            return this;
        }

        /**
         * Signs the token RS256 and returns its compact form.
         *
         * @throws IllegalStateException when the application id or key is missing
         * @throws IllegalArgumentException when the lifetime is under 30 s, both expiresAt and lifetime are set,
         *                                  or the key is not an RSA key of at least 2048 bits
         */
        public String sign() {
            if (applicationId == null || privateKey == null) {
                throw new IllegalStateException(
                        "a Nexmo JWT needs applicationId(...) and privateKey(...) before sign()");
            }
            if (expiresAt != null && lifetime != null) {
                throw new IllegalArgumentException("set either expiresAt(...) or lifetime(...), not both");
            }
            long iat = (issuedAt == null ? clock.instant() : issuedAt).getEpochSecond();
            long exp = expiresAt != null
                    ? expiresAt.getEpochSecond()
                    : iat + (lifetime == null ? DEFAULT_LIFETIME : lifetime).toSeconds();
            checkLifetime(exp - iat);
            warnings =
                    List.copyOf(new TokenLifetime(Instant.ofEpochSecond(iat), Instant.ofEpochSecond(exp)).warnings());

            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(APPLICATION_ID, applicationId);
            payload.put(ISSUED_AT, iat);
            payload.put(JWT_ID, jti == null ? UUID.randomUUID().toString() : jti);
            payload.put(EXPIRES_AT, exp);
            if (notBefore != null) {
                payload.put(NOT_BEFORE, notBefore.getEpochSecond());
            }
            if (subject != null) {
                payload.put(SUBJECT, subject);
            }
            if (acl != null) {
                payload.put(ACL, acl.toClaim());
            }
            claims.forEach((name, value) -> {
                if (value != null) {
                    payload.put(name, value);
                }
            });
            String signingInput = HEADER + "." + BASE64URL.encodeToString(json(payload));
            return signingInput + "." + BASE64URL.encodeToString(rs256(signingInput, privateKey));
        }

        private static byte[] json(Map<String, Object> payload) {
            try {
                return JSON.writeValueAsBytes(payload);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("a claim cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }

        private static byte[] rs256(String signingInput, PrivateKey key) {
            if (!"RSA".equals(key.getAlgorithm())) {
                throw new IllegalArgumentException(
                        "RS256 signs with an RSA private key; this key's algorithm is " + key.getAlgorithm());
            }
            if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < MIN_KEY_BITS) {
                throw new IllegalArgumentException(
                        "the RSA key has " + rsa.getModulus().bitLength() + " bits; RS256 needs" + " at least "
                                + MIN_KEY_BITS + " (RFC 7518, section 3.3)");
            }
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(key);
                signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signature.sign();
            } catch (InvalidKeyException e) {
                throw new IllegalArgumentException("cannot sign RS256 with this key: " + e.getMessage(), e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JVM cannot sign SHA256withRSA", e);
            }
        }

        private void checkLifetime(long seconds) {
            if (outOfBoundsLifetimeAllowed) {
                return;
            }
            if (seconds < MIN_LIFETIME.toSeconds()) {
                throw new IllegalArgumentException("token lifetime would be " + seconds + " s; Nexmo requires at least "
                        + MIN_LIFETIME.toSeconds() + " s");
            }
        }

        /**
         * What the token {@link #sign()} signed last has that Nexmo accepts but is probably a mistake, such as an
         * {@code exp} more than 24 h after {@code iat}; empty before signing.
         */
        public List<TokenWarning> warnings() {
            return warnings;
        }
    }
}
