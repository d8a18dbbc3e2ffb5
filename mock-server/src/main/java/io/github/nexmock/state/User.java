package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A user of one Nexmo application, as created through the Users API.
 * <p>
 * JSON members are deep-copied on the way in and out; {@code null} means "absent".
 *
 * @param id            {@code USR-<uuid>}
 * @param applicationId the application the user belongs to
 * @param name          the name, unique within the application
 * @param displayName   the display name, or {@code null}
 * @param imageUrl      the image URL, or {@code null}
 * @param properties    the {@code properties} object (holding {@code custom_data}), or {@code null}
 * @param channels      the {@code channels} object, or {@code null}
 * @param createdAt     when the user was created, from the state's clock
 */
public record User(
        String id,
        String applicationId,
        String name,
        String displayName,
        String imageUrl,
        JsonNode properties,
        JsonNode channels,
        Instant createdAt) {

    /** Checks the required members and copies the JSON ones. */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        properties = Json.copy(properties);
        channels = Json.copy(channels);
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

    /** The fields a caller controls, as a starting point for a partial update (PATCH). */
    public UserFields fields() {
        return new UserFields(name, displayName, imageUrl, properties, channels);
    }

    /** A user {@code id} of application {@code applicationId}, with {@code fields}, created at {@code createdAt}. */
    static User of(String id, String applicationId, UserFields fields, Instant createdAt) {
        return new User(
                id,
                applicationId,
                fields.name(),
                fields.displayName(),
                fields.imageUrl(),
                fields.properties(),
                fields.channels(),
                createdAt);
    }

    /** This user with {@code fields} in place of its own; its id, application and creation time kept. */
    User with(UserFields fields) {
        return of(id, applicationId, fields, createdAt);
    }
}
