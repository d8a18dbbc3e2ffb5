package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a caller sets on an application when creating or replacing it; the state assigns the id and parses the key.
 *
 * @param name         the application name (required; checking it is not blank is the API layer's job)
 * @param capabilities the {@code capabilities} object, kept exactly as given, or {@code null}
 * @param privacy      the {@code privacy} object, or {@code null}
 * @param publicKeyPem the RSA public key in PEM (required)
 */
public record ApplicationFields(String name, JsonNode capabilities, JsonNode privacy, String publicKeyPem) {

    /** Checks the required members and copies the JSON ones. */
    public ApplicationFields {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        capabilities = Json.copy(capabilities);
        privacy = Json.copy(privacy);
    }

    /** Fields of an application with only a name and a key, for programmatic set-up. */
    public static ApplicationFields of(String name, String publicKeyPem) {
        return new ApplicationFields(name, null, null, publicKeyPem);
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
