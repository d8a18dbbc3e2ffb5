package io.github.nexmock.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The api_key and api_secret of the mocked Nexmo account, which the Application API takes as Basic credentials.
 * {@link #toString()} never shows the secret.
 *
 * @param apiKey    the account's API key
 * @param apiSecret the account's API secret
 */
public record AccountCredentials(String apiKey, String apiSecret) {

    private static final String HEX = "0123456789abcdef";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks that neither is blank and that the key has no ':' (it would split Basic credentials wrongly). */
    public AccountCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        if (apiKey.isBlank() || apiSecret.isBlank()) {
            throw new IllegalArgumentException("api key and api secret must not be blank");
        }
        if (apiKey.indexOf(':') >= 0) {
            throw new IllegalArgumentException("api key must not contain ':'");
        }
    }

    /** Fresh credentials shaped like Nexmo's: an 8-hex-digit key and a 16-character alphanumeric secret. */
    public static AccountCredentials generate() {
        return new AccountCredentials(random(HEX, 8), random(ALPHANUMERIC, 16));
    }

    /** Whether the given pair is this one; the secret is compared in constant time. */
    boolean matches(String key, String secret) {
        return apiKey.equals(key) && MessageDigest.isEqual(apiSecret.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Shows the key only. */
    @Override
    public String toString() {
        return "AccountCredentials[apiKey=" + apiKey + ", apiSecret=****]";
    }
}
