package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;

/** Deep copies of caller-supplied JSON, so that no caller can mutate the state through a shared node. */
final class Json {

    private Json() {}

    static JsonNode copy(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }
}
