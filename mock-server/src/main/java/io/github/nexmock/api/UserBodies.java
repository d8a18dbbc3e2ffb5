package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.state.User;
import io.github.nexmock.state.UserFields;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads user request bodies for every Users API version: a create with defaults, or a partial update where a
 * present member changes the user and JSON {@code null} removes an optional one. An {@code id} member (the Vonage SDK
 * sends one) is ignored: the path names the user, and no source says Nexmo refuses a different id.
 */
final class UserBodies {

    private static final Set<String> CHANNELS =
            Set.of("pstn", "sip", "vbc", "websocket", "sms", "mms", "whatsapp", "viber", "messenger");

    private UserBodies() {}

    /** The fields of a new user; a missing name is generated as Nexmo does ({@code NAM-<uuid>}). */
    static UserFields create(ApiRequest request) {
        BodyReader reader = new BodyReader(request.jsonObject(), request.family());
        String name = reader.optionalNonBlankText("name");
        String displayName = reader.optionalText("display_name");
        String imageUrl = reader.optionalText("image_url");
        ObjectNode properties = properties(reader);
        ObjectNode channels = channels(reader);
        reader.check();
        return new UserFields(
                name != null ? name : "NAM-" + UUID.randomUUID(), displayName, imageUrl, properties, channels);
    }

    /** The fields of {@code current} with the members the body carries applied. */
    static UserFields update(ApiRequest request, User current) {
        BodyReader reader = new BodyReader(request.jsonObject(), request.family());
        UserFields fields = current.fields();
        if (reader.has("name")) {
            String name = reader.optionalNonBlankText("name");
            fields = name == null ? fields : fields.withName(name);
        }
        if (reader.has("display_name")) {
            fields = fields.withDisplayName(reader.optionalText("display_name"));
        }
        if (reader.has("image_url")) {
            fields = fields.withImageUrl(reader.optionalText("image_url"));
        }
        if (reader.has("properties")) {
            fields = fields.withProperties(properties(reader));
        }
        if (reader.has("channels")) {
            fields = fields.withChannels(channels(reader));
        }
        reader.check();
        return fields;
    }

    private static ObjectNode properties(BodyReader reader) {
        ObjectNode properties = reader.optionalObject("properties");
        if (properties != null
                && properties.has("custom_data")
                && !properties.get("custom_data").isNull()) {
            reader.object("properties.custom_data", properties.get("custom_data"));
        }
        return properties;
    }

    private static ObjectNode channels(BodyReader reader) {
        ObjectNode channels = reader.optionalObject("channels");
        if (channels == null) {
            return null;
        }
        for (Map.Entry<String, JsonNode> member : channels.properties()) {
            String name = "channels." + member.getKey();
            if (!CHANNELS.contains(member.getKey())) {
                reader.invalid(
                        name,
                        "is not a channel; channels are "
                                + String.join(", ", CHANNELS.stream().sorted().toList()));
                continue;
            }
            JsonNode entries = member.getValue();
            if (!entries.isArray()) {
                reader.invalid(name, "must be an array of objects, got " + BodyReader.typeOf(entries));
                continue;
            }
            for (int i = 0; i < entries.size(); i++) {
                reader.object(name + "[" + i + "]", entries.get(i));
                if (entries.get(i).isNull()) {
                    reader.invalid(name + "[" + i + "]", "must be an object, got null");
                }
            }
        }
        return channels;
    }
}
