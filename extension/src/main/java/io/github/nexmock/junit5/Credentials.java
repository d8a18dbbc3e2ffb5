package io.github.nexmock.junit5;

/**
 * An account's API key and secret and where they were found, for the real platform.
 *
 * @param source the variables, properties or builder call they came from, for messages
 */
record Credentials(String apiKey, String apiSecret, String source) {

    /** The key and source; never the secret. */
    @Override
    public String toString() {
        return "Credentials[" + apiKey + " from " + source + "]";
    }
}
