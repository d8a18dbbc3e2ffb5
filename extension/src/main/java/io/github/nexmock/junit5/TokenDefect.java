package io.github.nexmock.junit5;

/**
 * A deliberate flaw in a {@link NexmoJwt @NexmoJwt} token, for tests of what happens when Nexmo refuses a token.
 * Each constant names the refusal reason the mock gives for it.
 */
public enum TokenDefect {
    /** A sound token. */
    NONE,
    /** {@code exp} passed a minute ago ({@code iat} is moved back by the lifetime plus a minute): EXPIRED. */
    EXPIRED,
    /** {@code nbf} an hour from now: NOT_YET_VALID. */
    NOT_YET_VALID,
    /** {@code iat} an hour from now: ISSUED_IN_FUTURE. */
    ISSUED_IN_FUTURE,
    /** A lifetime of 29 s, one under Nexmo's minimum: LIFETIME_TOO_SHORT for 29 s, EXPIRED afterwards. */
    LIFETIME_TOO_SHORT,
    /** A lifetime of 25 h, one over Nexmo's maximum: LIFETIME_TOO_LONG. */
    LIFETIME_TOO_LONG,
    /** Signed with a private key that is not the application's: BAD_SIGNATURE. */
    WRONG_KEY
}
