package io.github.nexmock.voice;

/** The call is not in a status that allows the change asked for (e.g. a talk into a call not answered). */
public final class CallStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Saying what could not be done and why. */
    public CallStateException(String message) {
        super(message, null, false, false);
    }
}
