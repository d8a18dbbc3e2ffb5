package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Deep copies of caller-supplied JSON, so that no caller can mutate the state through a shared node, and the one way
 * the state's JSON forms leave out an absent member.
 */
final class Json {

    private Json() {}

    static JsonNode copy(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    /** Sets {@code name} to {@code value} when there is a value; an absent member is left out, never {@code null}. */
    static void putIfPresent(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.set(name, value);
        }
    }
}
