package io.github.nexmock.credentials;

import java.util.Objects;
import java.util.Optional;

/**
 * An account's API key and secret, with where they came from so messages can name the source without showing the
 * secret.
 *
 * @param apiKey    the API key
 * @param apiSecret the API secret; never in {@link #toString()}
 * @param source    where the pair was found, e.g. {@code NEXMO_API_KEY/NEXMO_API_SECRET} or a config file path
 */
public record ApiCredentials(String apiKey, String apiSecret, String source) {

    /** Checks that no part is null. */
    public ApiCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The pair from one source, whose two settings are named {@code keyName} and {@code secretName}; its source reads
     * {@code keyName/secretName}. A null value is an unset one; a source that sets only one of the two is refused
     * rather than completed from another source.
     *
     * @return the credentials, or empty when neither value is set
     * @throws IncompleteCredentialsException when exactly one of the two is set
     */
    public static Optional<ApiCredentials> pair(String key, String secret, String keyName, String secretName) {
        if (key == null && secret == null) {
            return Optional.empty();
        }
        if (key == null || secret == null) {
            throw key == null ? new IncompleteCredentialsException(secretName, keyName)
                    : new IncompleteCredentialsException(keyName, secretName);
        }
        return Optional.of(new ApiCredentials(key, secret, keyName + "/" + secretName));
    }

    /** The key and the source; never the secret. */
    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", apiSecret=****, source=" + source + "]";
    }
}
