package io.github.nexmock.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's API key and secret, with where they came from so messages can name the source without showing the
 * secret: what the command line and the extension look up, and the account the mock itself accepts.
 *
 * @param apiKey    the API key
 * @param apiSecret the API secret; never in {@link #toString()}
 * @param source    where the pair was found, e.g. {@code NEXMO_API_KEY/NEXMO_API_SECRET} or a config file path
 */
public record ApiCredentials(String apiKey, String apiSecret, String source) {

    private static final String HEX = "0123456789abcdef";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

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
            throw key == null
                    ? new IncompleteCredentialsException(secretName, keyName)
                    : new IncompleteCredentialsException(keyName, secretName);
        }
        return Optional.of(new ApiCredentials(key, secret, keyName + "/" + secretName));
    }

    /** Fresh credentials shaped like Nexmo's: an 8-hex-digit key and a 16-character alphanumeric secret. */
    public static ApiCredentials generate() {
        return new ApiCredentials(random(HEX, 8), random(ALPHANUMERIC, 16), "generated");
    }

    /** A fresh signature secret: 32 alphanumeric characters, for signing webhooks. */
    public static String generateSignatureSecret() {
        return random(ALPHANUMERIC, 32);
    }

    /** Whether the given pair is this one; the secret is compared in constant time. */
    public boolean matches(String key, String secret) {
        return apiKey.equals(key)
                && MessageDigest.isEqual(
                        apiSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The key and the source; never the secret. */
    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", apiSecret=****, source=" + source + "]";
    }
}
