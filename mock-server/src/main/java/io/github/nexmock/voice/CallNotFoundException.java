package io.github.nexmock.voice;

/** There is no call of that uuid in the application (or at all). */
public final class CallNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** For the call {@code uuid}. */
    public CallNotFoundException(String uuid) {
        super("no call with uuid " + uuid + " in this application", null, false, false);
    }
}
