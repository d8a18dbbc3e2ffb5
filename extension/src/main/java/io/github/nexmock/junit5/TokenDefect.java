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
    /** A lifetime of 29 s, one under Nexmo's minimum: LIFETIME_TOO_SHORT for 29 s, EXPIRED afterwards. */
    LIFETIME_TOO_SHORT,
    /**
     * {@code iat} 25 h ago and {@code exp} an hour from now: EXPIRED, as Nexmo honours a token at most 24 h after
     * {@code iat} whatever {@code exp} says (support article 360000958407).
     */
    ISSUED_OVER_24_HOURS_AGO,
    /** Signed with a private key that is not the application's: BAD_SIGNATURE. */
    WRONG_KEY
}
