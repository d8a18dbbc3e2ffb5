package io.github.nexmock.cli;

/**
 * An account's API key and secret, with where they came from so messages can name the source without showing the secret.
 *
 * @param apiKey    the API key
 * @param apiSecret the API secret; never printed unless nexmock generated it
 * @param source    where the pair was found, e.g. {@code NEXMO_API_KEY/NEXMO_API_SECRET} or a config file path
 */
public record ApiCredentials(String apiKey, String apiSecret, String source) {

    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", apiSecret=****, source=" + source + "]";
    }
}
