package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * A Nexmo application as the mock holds it: its id, name, capabilities and privacy settings
 * exactly as given, and the public key that verifies its JWTs.
 * <p>
 * JSON members are deep-copied on the way in and out; {@code null} means "absent". The state never holds
 * a private key.
 *
 * @param id           the application id, a UUID
 * @param name         the application name
 * @param capabilities the {@code capabilities} object as given, or {@code null}
 * @param privacy      the {@code privacy} object as given, or {@code null}
 * @param publicKeyPem the public key as the PEM text it was given in
 * @param publicKey    the same key, parsed
 */
public record Application(
        String id, String name, JsonNode capabilities, JsonNode privacy, String publicKeyPem, RSAPublicKey publicKey) {

    /** Checks the required members and copies the JSON ones. */
    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        Objects.requireNonNull(publicKey, "publicKey");
        capabilities = Json.copy(capabilities);
        privacy = Json.copy(privacy);
    }

    /** Returns a copy of the {@code capabilities} object, or {@code null} when absent. */
    @Override
    public JsonNode capabilities() {
        return Json.copy(capabilities);
    }

    /** Returns a copy of the {@code privacy} object, or {@code null} when absent. */
    @Override
    public JsonNode privacy() {
        return Json.copy(privacy);
    }
}
