package io.github.nexmock.credentials;

/**
 * A source of credentials set one half of the pair and not the other: a key without a secret, or the reverse. The
 * command line and the extension report it in their own words, naming both settings.
 */
public final class IncompleteCredentialsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String given;
    private final String missing;

    /**
     * @param given   the name of the setting that is set, e.g. {@code NEXMO_API_KEY}
     * @param missing the name of its other half, which is not
     */
    public IncompleteCredentialsException(String given, String missing) {
        super(given + " is set but " + missing + " is not");
        this.given = given;
        this.missing = missing;
    }

    /** The name of the setting that is set. */
    public String given() {
        return given;
    }

    /** The name of the setting that is missing. */
    public String missing() {
        return missing;
    }
}
