package io.github.nexmock.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.nexmock.jwt.TokenSegments.MalformedSegmentsException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a Nexmo JWT for one request the way the platform does, with one entry point:
 * {@link #verify(String, String, String)} returns the verified token or throws {@link JwtRejectedException} with a
 * {@link Reason} and a sentence that gives the numbers.
 *
 * <p>Checks run in a fixed order, cheapest first, so a token with several faults always gets the same reason:
 * size; three strict base64url segments; header JSON ({@code typ} JWT if present); {@code alg} RS256 only;
 * no {@code crit}; payload JSON; claim types; no {@code ttl} claim; {@code application_id} present (not blank) and
 * known; RS256 signature; {@code iat} or {@code exp} present; {@code jti} (not blank) present; {@code nbf} not in the
 * future beyond the clock skew; not expired (the earliest of {@code exp} and {@code iat} + 24 h, {@code iat} + 15 min
 * without {@code exp}, see {@link TokenLifetime}); {@code exp - iat} at least 30 s; request path safe; ACL. ACL
 * {@code filters} are kept in {@link VerifiedToken#acl()} but not enforced (see {@link AclRule}). What Nexmo accepts
 * but is probably a mistake ({@code exp} past 24 h, in milliseconds or as a string of digits, no {@code iat}, an
 * {@code iat} ahead of the clock beyond the skew, a string {@code acl}) is accepted and listed in
 * {@link VerifiedToken#warnings()}.
 *
 * <p>The signature is checked with {@link Signature} rather than jjwt's parser: the key must be chosen from the
 * {@code application_id} payload claim (never from {@code kid}, {@code jku}, {@code jwk} or {@code x5u}), which jjwt's
 * parser cannot do before it has verified the token, and each refusal needs its own exact reason. Immutable and
 * thread-safe.
 *
 * <p>Over 250 lines because the checks run in one place, in the order the platform applies them, so the order
 * of refusals can be read top to bottom (VerificationOrderTest); segments, claims and ACLs are their own classes.
 */
public final class JwtVerifier {

    private static final String RS256 = "RS256";
    private static final String TTL = "ttl";

    private final KeyResolver keyResolver;
    private final Clock clock;
    private final VerificationPolicy policy;
    private final AclCache acls = new AclCache();
    private final VerifiedSignatures signatures;

    private JwtVerifier(Builder builder) {
        this.keyResolver = Objects.requireNonNull(builder.keyResolver, "keyResolver(...) is required");
        this.clock = builder.clock;
        this.policy = builder.policy;
        this.signatures = new VerifiedSignatures(builder.signatureCacheSize);
    }

    /** Starts a verifier; a {@link KeyResolver} is required, the clock and policy have defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies {@code token} for a request with the given method and raw path (a query string is ignored).
     *
     * @throws JwtRejectedException when any check fails, the first failing check giving the reason
     */
    public VerifiedToken verify(String token, String method, String path) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (token == null || token.isBlank()) {
            throw new JwtRejectedException(Reason.MISSING_TOKEN, "no token was given", Map.of());
        }
        if (token.length() > policy.maxTokenLength()) {
            throw new JwtRejectedException(
                    Reason.TOKEN_TOO_LARGE,
                    "token is " + token.length() + " characters; the limit is " + policy.maxTokenLength(),
                    Map.of());
        }
        TokenSegments segments;
        try {
            segments = TokenSegments.split(token);
        } catch (MalformedSegmentsException e) {
            throw reject(Reason.MALFORMED, e.getMessage(), token);
        }
        Map<String, Object> header = json("header", segments.header(), token);
        checkHeader(header, token);
        Map<String, Object> payload = json("payload", segments.payload(), token);
        NexmoClaims claims = NexmoClaims.read(payload, acls);
        if (payload.containsKey(TTL)) {
            // Vonage/vonage-node-sdk PR #846 (2023): tokens carrying a leftover ttl claim were rejected by Nexmo
            throw new JwtRejectedException(
                    Reason.TTL_CLAIM,
                    "token carries a ttl claim (ttl " + payload.get(TTL) + "), which Nexmo refuses; ttl is a"
                            + " generator's lifetime option: leave it out and give exp = iat + the lifetime in seconds",
                    payload);
        }

        if (claims.applicationId() == null) {
            throw new JwtRejectedException(Reason.MISSING_CLAIM, "token has no application_id claim", payload);
        }
        if (claims.applicationId().isBlank()) {
            throw new JwtRejectedException(
                    Reason.MISSING_CLAIM,
                    "the application_id claim is " + blankness(claims.applicationId())
                            + "; it must name the application",
                    payload);
        }
        PublicKey key = keyResolver
                .publicKey(claims.applicationId())
                .orElseThrow(() -> new JwtRejectedException(
                        Reason.UNKNOWN_APPLICATION,
                        "application_id '" + claims.applicationId() + "' is not an application this server knows",
                        payload));
        if (!signatures.contains(token, key)) {
            checkSignature(segments, key, claims.applicationId(), payload);
            signatures.add(token, key);
        }
        if (claims.issuedAt() == null && claims.expiresAt() == null) {
            // support article 360000958407: a token with neither iat nor exp is refused
            throw new JwtRejectedException(
                    Reason.MISSING_CLAIM,
                    "token has neither iat nor exp; Nexmo refuses it" + " (give iat, the issue time in epoch seconds)",
                    payload);
        }
        if (claims.jti() == null) {
            throw new JwtRejectedException(Reason.MISSING_CLAIM, "token has no jti claim (unique token id)", payload);
        }
        if (claims.jti().isBlank()) {
            throw new JwtRejectedException(
                    Reason.MISSING_CLAIM,
                    "the jti claim is " + blankness(claims.jti()) + "; it must be a unique token id",
                    payload);
        }
        TokenLifetime lifetime = new TokenLifetime(claims.issuedAt(), claims.expiresAt());
        Instant now = clock.instant();
        checkTimes(claims, lifetime, now, payload);
        List<TokenWarning> warnings = warnings(claims, lifetime, now, payload);
        checkAccess(claims, method, path, payload, warnings);
        return new VerifiedToken(
                header,
                payload,
                claims.applicationId(),
                claims.jti(),
                claims.issuedAt(),
                claims.notBefore(),
                lifetime.end(),
                claims.subject(),
                claims.acl(),
                warnings);
    }

    private List<TokenWarning> warnings(
            NexmoClaims claims, TokenLifetime lifetime, Instant now, Map<String, Object> payload) {
        List<TokenWarning> warnings = lifetime.warnings();
        Instant issuedAt = claims.issuedAt();
        if (issuedAt != null && issuedAt.isAfter(now.plus(policy.clockSkew()))) {
            // no source states what Nexmo does with a future iat: accepted and flagged (docs/platform-rules.md)
            warnings.add(new TokenWarning(
                    TokenWarning.Code.IAT_IN_FUTURE,
                    "iat " + issuedAt + " is "
                            + seconds(now, issuedAt) + " s ahead of this server's clock (allowed skew "
                            + policy.clockSkew().toSeconds()
                            + " s); Nexmo's answer to such a token is not documented: check"
                            + " the clock of the machine that signs tokens"));
        }
        if (claims.expIsString()) {
            // no source says what Nexmo does with it; its JWT/ACL guide shows such a token (docs/platform-rules.md)
            warnings.add(new TokenWarning(
                    TokenWarning.Code.EXP_AS_STRING,
                    "exp is the JSON string " + quoted(payload.get(NexmoJwts.EXPIRES_AT))
                            + ", read as epoch seconds; JWT times are JSON numbers (RFC 7519), write exp without"
                            + " quotes"));
        }
        if (claims.aclIsString()) {
            warnings.add(new TokenWarning(
                    TokenWarning.Code.ACL_AS_STRING,
                    "acl is the JSON string "
                            + quoted(claims.acl().paths().keySet().iterator().next())
                            + ", which Nexmo reads as one path glob"
                            + " allowing every method; the documented form is {\"paths\":{\"/glob\":{}}}"));
        }
        return List.copyOf(warnings);
    }

    private static void checkHeader(Map<String, Object> header, String token) {
        if (header.containsKey("typ") && !"JWT".equals(header.get("typ"))) {
            throw reject(
                    Reason.MALFORMED,
                    "header typ is " + quoted(header.get("typ")) + "; Nexmo tokens have typ JWT",
                    token);
        }
        if (!header.containsKey("alg")) {
            throw reject(Reason.MALFORMED, "header has no alg; Nexmo tokens are signed RS256", token);
        }
        if (!RS256.equals(header.get("alg"))) {
            throw reject(
                    Reason.UNSUPPORTED_ALGORITHM,
                    "alg " + quoted(header.get("alg")) + " is not accepted; Nexmo tokens are signed RS256",
                    token);
        }
        if (header.containsKey("crit")) {
            throw reject(
                    Reason.CRITICAL_HEADER,
                    "header has crit " + header.get("crit") + "; no critical header extension is supported",
                    token);
        }
    }

    private static void checkSignature(
            TokenSegments segments, PublicKey key, String applicationId, Map<String, Object> payload) {
        byte[] signature = segments.signature();
        if (signature.length == 0) {
            throw new JwtRejectedException(
                    Reason.BAD_SIGNATURE, "token has no signature; Nexmo tokens are signed RS256", payload);
        }
        boolean valid;
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(segments.signingInput());
            valid = verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new JwtRejectedException(
                    Reason.BAD_SIGNATURE,
                    "the key registered for application " + applicationId + " cannot verify RS256 signatures: "
                            + e.getMessage(),
                    payload);
        } catch (SignatureException e) {
            valid = false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot verify SHA256withRSA signatures", e);
        }
        if (!valid) {
            throw new JwtRejectedException(
                    Reason.BAD_SIGNATURE,
                    "signature does not verify with the public key of " + "application " + applicationId
                            + "; sign with that application's private key",
                    payload);
        }
    }

    private void checkTimes(NexmoClaims claims, TokenLifetime lifetime, Instant now, Map<String, Object> payload) {
        Instant latest = now.plus(policy.clockSkew());
        long skew = policy.clockSkew().toSeconds();
        if (claims.notBefore() != null && claims.notBefore().isAfter(latest)) {
            throw new JwtRejectedException(
                    Reason.NOT_YET_VALID,
                    "token not valid for another "
                            + seconds(now, claims.notBefore()) + " s (nbf " + claims.notBefore()
                            + "); allowed clock skew is "
                            + skew + " s",
                    payload);
        }
        Instant end = lifetime.end();
        if (!now.isBefore(end)) {
            String bound = lifetime.bound();
            throw new JwtRejectedException(
                    Reason.EXPIRED,
                    "token expired " + seconds(end, now) + " s ago ("
                            + (bound.equals("exp") ? "exp " + end : bound + ", at " + end)
                            + (bound.equals("24 h after iat")
                                    ? "; Nexmo honours a token at most 24 h after iat, whatever exp" + " says"
                                    : "")
                            + ")",
                    payload);
        }
        Duration declared = lifetime.declared();
        if (declared != null && declared.compareTo(NexmoJwts.MIN_LIFETIME) < 0) {
            throw new JwtRejectedException(
                    Reason.LIFETIME_TOO_SHORT,
                    "token lifetime is " + declared.toSeconds() + " s; Nexmo requires at least "
                            + NexmoJwts.MIN_LIFETIME.toSeconds() + " s",
                    payload);
        }
    }

    /** The last checks; a refusal here carries the token's warnings, as every other check has passed. */
    private void checkAccess(
            NexmoClaims claims,
            String method,
            String rawPath,
            Map<String, Object> payload,
            List<TokenWarning> warnings) {
        RequestPath path = RequestPath.of(rawPath);
        if (path.problem().isPresent()) {
            throw new JwtRejectedException(
                    Reason.UNSAFE_PATH,
                    path.problem().get() + "; such paths are refused, not normalised",
                    payload,
                    warnings);
        }
        Acl acl = claims.acl();
        if (acl == null) {
            checkMissingAcl(claims.subject(), payload, warnings);
            return;
        }
        switch (acl.check(method, path)) {
            case ALLOWED -> {}
            case PATH_DENIED ->
                throw new JwtRejectedException(
                        Reason.ACL_DENIES_PATH,
                        "acl allows no path matching " + path.path() + "; its paths are "
                                + String.join(", ", acl.paths().keySet()),
                        payload,
                        warnings);
            case METHOD_DENIED ->
                throw new JwtRejectedException(
                        Reason.ACL_DENIES_METHOD,
                        "acl allows " + path.path() + " only for " + String.join(", ", acl.methodsAllowedAt(path))
                                + ", not " + method,
                        payload,
                        warnings);
        }
    }

    private void checkMissingAcl(String subject, Map<String, Object> payload, List<TokenWarning> warnings) {
        switch (policy.missingAcl()) {
            case ALLOW -> {}
            case ALLOW_APPLICATION_TOKENS -> {
                if (subject != null) {
                    throw new JwtRejectedException(
                            Reason.ACL_MISSING,
                            "user token (sub " + quoted(subject)
                                    + ") has no acl claim; user tokens need one, e.g. the client SDK paths",
                            payload,
                            warnings);
                }
            }
            case DENY ->
                throw new JwtRejectedException(
                        Reason.ACL_MISSING,
                        "token has no acl claim; this server's " + "policy requires one on every token",
                        payload,
                        warnings);
        }
    }

    private static Map<String, Object> json(String part, byte[] utf8, String token) {
        try {
            return StrictJson.readObject(utf8);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw reject(Reason.MALFORMED, "the " + part + " is not a JSON object: " + reason, token);
        }
    }

    /** A refusal before the payload was read: the payload is decoded for diagnostics if it can be. */
    private static JwtRejectedException reject(Reason reason, String message, String token) {
        Map<String, Object> claims = Map.of();
        Optional<byte[]> payload = TokenSegments.payloadOf(token);
        if (payload.isPresent()) {
            try {
                claims = StrictJson.readObject(payload.get());
            } catch (IOException e) {
                claims = Map.of();
            }
        }
        return new JwtRejectedException(reason, message, claims);
    }

    private static String blankness(String value) {
        return value.isEmpty() ? "an empty string" : "only whitespace";
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }

    private static String quoted(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String text ? "'" + text + "'" : StrictJson.typeName(value) + " " + value;
    }

    /** Configures a {@link JwtVerifier}. */
    public static final class Builder {

        private KeyResolver keyResolver;
        private Clock clock = Clock.systemUTC();
        private VerificationPolicy policy = VerificationPolicy.defaults();
        private int signatureCacheSize;

        private Builder() {}

        /** Where application public keys come from (required). */
        public Builder keyResolver(KeyResolver keyResolver) {
            this.keyResolver = Objects.requireNonNull(keyResolver, "keyResolver");
            return this;
        }

        /** The clock that says what "now" is; the system UTC clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Skew, size limit and missing-acl rule; {@link VerificationPolicy#defaults()} unless set. */
        public Builder policy(VerificationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Remembers up to {@code tokens} tokens whose signature verified, keyed by the exact token text and the key
         * instance the resolver returned; a server that sees the same token on many requests then skips the RSA work.
         * Every other check still runs on every call. Off (0) unless set.
         */
        public Builder cacheVerifiedSignatures(int tokens) {
            if (tokens < 0) {
                throw new IllegalArgumentException("signature cache size must not be negative, was " + tokens);
            }
            this.signatureCacheSize = tokens;
            return this;
        }

        /** The verifier. */
        public JwtVerifier build() {
            return new JwtVerifier(this);
        }
    }
}
