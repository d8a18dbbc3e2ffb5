package io.github.nexmock.state;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The user members every JSON form of a {@link User} writes the same way: the Users API v1 and v0.3, the Conversation
 * API v0.1 and the state file. Each form writes its own identifying members first ({@code id}, {@code name}, and in the
 * state file {@code application_id} between them) and its own trailer (links, {@code href}, {@code timestamp} or
 * {@code created_at}); what is here goes between, in this order. An absent member is left out, never written as
 * {@code null}.
 */
public final class UserJson {

    private UserJson() {}

    /** Puts {@code display_name} and {@code image_url}, each when present, as every form shows them. */
    public static ObjectNode putProfile(ObjectNode node, User user) {
        if (user.displayName() != null) {
            node.put("display_name", user.displayName());
        }
        if (user.imageUrl() != null) {
            node.put("image_url", user.imageUrl());
        }
        return node;
    }

    /**
     * Puts {@code properties} and {@code channels}, each when present (copies), as the Users API v1 and v0.3 and the
     * state file show them; the v0.1 API never had them.
     */
    public static ObjectNode putData(ObjectNode node, User user) {
        Json.putIfPresent(node, "properties", user.properties());
        Json.putIfPresent(node, "channels", user.channels());
        return node;
    }
}
