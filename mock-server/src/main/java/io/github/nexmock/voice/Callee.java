package io.github.nexmock.voice;

/**
 * How the destination of a call behaves, set by a test per number (or SIP URI, user, ...) with
 * {@link Calls#callee(String, Callee)}: by default every destination answers at once.
 */
public enum Callee {
    /** Rings, then answers at once; the call runs its NCCO. */
    ANSWERS,
    /** Rings until the test answers or ends the call, or {@code ringing_timer} runs out ({@code timeout}). */
    RINGS,
    /** Rings, then is busy. */
    BUSY,
    /** Rings, then gives up unanswered. */
    UNANSWERED,
    /** Refuses the call without ringing. */
    REJECTED,
    /** The call cannot be made: it fails without ringing. */
    FAILS
}
