package io.github.nexmock.jwt;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by {@link JwtVerifier} when a token is refused.
 * The message is a sentence with the numbers that matter ("token expired 61 s ago (exp ...)"), so a failing test
 * can say why; {@link #unverifiedClaims()} shows what the token claimed, for diagnostics only.
 */
public class JwtRejectedException extends RuntimeException {

    private final Reason reason;
    private final transient Map<String, Object> unverifiedClaims;
    private final transient List<TokenWarning> warnings;

    /** Creates a refusal; {@code unverifiedClaims} is the decoded payload, or empty when it could not be decoded. */
    public JwtRejectedException(Reason reason, String message, Map<String, Object> unverifiedClaims) {
        this(reason, message, unverifiedClaims, List.of());
    }

    /** Creates a refusal of a token that passed every check but the request path and ACL, with its warnings. */
    public JwtRejectedException(
            Reason reason, String message, Map<String, Object> unverifiedClaims, List<TokenWarning> warnings) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.unverifiedClaims = StrictJson.freeze(unverifiedClaims);
        this.warnings = List.copyOf(warnings);
    }

    /** Why the token was refused. */
    public Reason reason() {
        return reason;
    }

    /** What the token has that Nexmo accepts but is probably a mistake; empty unless only the path or ACL refused it. */
    public List<TokenWarning> warnings() {
        return warnings;
    }

    /** The token's payload as decoded before any check passed: never trust it, never contains the signature. */
    public Map<String, Object> unverifiedClaims() {
        return unverifiedClaims;
    }
}
