package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a caller sets on a user when creating or updating it; the state assigns the id and the creation time.
 * The withers make a partial update read as one expression: {@code user.fields().withDisplayName("Alice")}.
 *
 * @param name        the name, unique within the application (required; non-blank is the API layer's check)
 * @param displayName the display name, or {@code null}
 * @param imageUrl    the image URL, or {@code null}
 * @param properties  the {@code properties} object, or {@code null}
 * @param channels    the {@code channels} object, or {@code null}
 */
public record UserFields(String name, String displayName, String imageUrl, JsonNode properties, JsonNode channels) {

    /** Checks the name and copies the JSON members. */
    public UserFields {
        Objects.requireNonNull(name, "name");
        properties = Json.copy(properties);
        channels = Json.copy(channels);
    }

    /** A user with only a name. */
    public static UserFields named(String name) {
        return new UserFields(name, null, null, null, null);
    }

    /** Returns a copy of the {@code properties} object, or {@code null} when absent. */
    @Override
    public JsonNode properties() {
        return Json.copy(properties);
    }

    /** Returns a copy of the {@code channels} object, or {@code null} when absent. */
    @Override
    public JsonNode channels() {
        return Json.copy(channels);
    }

    /** These fields with another name. */
    public UserFields withName(String newName) {
        return new UserFields(newName, displayName, imageUrl, properties, channels);
    }

    /** These fields with another display name ({@code null} removes it). */
    public UserFields withDisplayName(String newDisplayName) {
        return new UserFields(name, newDisplayName, imageUrl, properties, channels);
    }

    /** These fields with another image URL ({@code null} removes it). */
    public UserFields withImageUrl(String newImageUrl) {
        return new UserFields(name, displayName, newImageUrl, properties, channels);
    }

    /** These fields with another {@code properties} object ({@code null} removes it). */
    public UserFields withProperties(JsonNode newProperties) {
        return new UserFields(name, displayName, imageUrl, newProperties, channels);
    }

    /** These fields with another {@code channels} object ({@code null} removes it). */
    public UserFields withChannels(JsonNode newChannels) {
        return new UserFields(name, displayName, imageUrl, properties, newChannels);
    }
}
