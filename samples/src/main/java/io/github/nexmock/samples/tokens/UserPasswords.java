package io.github.nexmock.samples.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * A user name and password table: the login of this sample. It stands in for your real one (session cookie, OAuth,
 * your user store with hashed passwords); the token service only needs to know which user is asking.
 */
public final class UserPasswords {

    private final Map<String, String> passwords;

    /** The users that may log in, by name, with their passwords. */
    public UserPasswords(Map<String, String> passwordsByUser) {
        this.passwords = Map.copyOf(passwordsByUser);
    }

    /** The user name when the password is that user's, compared in constant time. */
    public Optional<String> authenticate(String user, String password) {
        String expected = passwords.get(user);
        if (expected == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(user);
    }
}
