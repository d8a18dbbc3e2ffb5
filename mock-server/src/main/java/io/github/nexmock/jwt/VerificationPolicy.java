package io.github.nexmock.jwt;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable parts of JWT verification: how much clock skew to forgive, how long a token may be, and what a token
 * without an {@code acl} may do. Immutable; start from {@link #defaults()} and change one thing with a wither.
 *
 * @param clockSkew      tolerance for an {@code nbf} in the future (refused beyond it) and for an {@code iat} in the
 *                       future (accepted beyond it, with the {@code IAT_IN_FUTURE} warning); {@code exp} gets none
 * @param maxTokenLength longest token accepted, in characters
 * @param missingAcl     what a token without {@code acl} may do
 */
public record VerificationPolicy(Duration clockSkew, int maxTokenLength, MissingAcl missingAcl) {

    /** Validates the values; skew must not be negative and the length limit must be positive. */
    public VerificationPolicy {
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(missingAcl, "missingAcl");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clock skew must not be negative, was " + clockSkew);
        }
        if (maxTokenLength < 1) {
            throw new IllegalArgumentException("max token length must be at least 1, was " + maxTokenLength);
        }
    }

    /** Skew 5 s, at most 8192 characters, application tokens without acl allowed. */
    public static VerificationPolicy defaults() {
        return new VerificationPolicy(Duration.ofSeconds(5), 8192, MissingAcl.ALLOW_APPLICATION_TOKENS);
    }

    /** This policy with another clock skew. */
    public VerificationPolicy withClockSkew(Duration skew) {
        return new VerificationPolicy(skew, maxTokenLength, missingAcl);
    }

    /** This policy with another maximum token length. */
    public VerificationPolicy withMaxTokenLength(int length) {
        return new VerificationPolicy(clockSkew, length, missingAcl);
    }

    /** This policy with another rule for tokens without acl. */
    public VerificationPolicy withMissingAcl(MissingAcl rule) {
        return new VerificationPolicy(clockSkew, maxTokenLength, rule);
    }
}
