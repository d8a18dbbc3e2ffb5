package io.github.nexmock.client;

/**
 * The API answered with an unexpected status, or could not be reached. The message names the request, the status and
 * the problem detail the server gave; it never contains credentials.
 */
public final class NexmoApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    NexmoApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }
}
