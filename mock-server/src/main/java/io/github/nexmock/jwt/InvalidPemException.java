package io.github.nexmock.jwt;

/**
 * Thrown when text that should hold a PEM-encoded RSA key does not.
 * The message names the problem (no PEM block, wrong block type, not RSA, corrupt body) so the
 * person holding the key file knows what to fix.
 */
public class InvalidPemException extends IllegalArgumentException {

    /** Creates the exception with a message naming the problem. */
    public InvalidPemException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming the problem and the parser's own failure. */
    public InvalidPemException(String message, Throwable cause) {
        super(message, cause);
    }
}
