package io.github.nexmock.cli;

/**
 * A failure the user can act on, reported as one line on stderr with a non-zero exit code.
 * Thrown for missing files, unreadable keys, bad arguments and refusals from the server.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the one-line message shown to the user. */
    CliException(String message) {
        super(message);
    }

    /** Creates the exception with the one-line message shown to the user and its cause. */
    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
