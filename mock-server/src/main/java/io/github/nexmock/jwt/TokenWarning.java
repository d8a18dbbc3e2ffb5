package io.github.nexmock.jwt;

import java.util.Objects;

/**
 * Something about a token that Nexmo accepts but that is probably a mistake: the mock accepts the token, as the
 * platform does, and says what it noticed. The message names claims and times only, never the token or a credential.
 *
 * @param code    what kind of mistake it looks like
 * @param message one sentence saying what was noticed and what Nexmo does with it
 */
public record TokenWarning(Code code, String message) {

    /** Checks the members. */
    public TokenWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of probable mistakes, each accepted by Nexmo (or by the mock, where no source says otherwise). */
    public enum Code {
        /** {@code exp} more than 24 h after {@code iat}: Nexmo stops honouring the token 24 h after {@code iat}. */
        EXP_BEYOND_24_HOURS,
        /** {@code exp} so large it is probably milliseconds, as {@code @vonage/cli}'s {@code vonage jwt} writes it. */
        EXP_IN_MILLISECONDS,
        /**
         * {@code exp} as a JSON string holding epoch seconds, as nexmo-cli before 0.3.13 signed it: RFC 7519 wants a
         * number; Nexmo's JWT/ACL guide shows such a token, and no source says Nexmo refuses it.
         */
        EXP_AS_STRING,
        /** {@code acl} as a JSON string, which Nexmo reads as one path glob allowing every method. */
        ACL_AS_STRING,
        /** No {@code iat}: the authentication guide requires it; Nexmo honours such a token until its {@code exp}. */
        NO_IAT,
        /**
         * {@code iat} later than the clock allows for skew: no source says whether Nexmo refuses such a token, so it is
         * accepted; a clock running ahead is the usual cause.
         */
        IAT_IN_FUTURE
    }
}
