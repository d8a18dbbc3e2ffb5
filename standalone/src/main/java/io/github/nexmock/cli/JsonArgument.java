package io.github.nexmock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A command-line value that is JSON when it parses as JSON ({@code 42}, {@code true}, {@code {"a":1}}, {@code "007"})
 * and the plain string otherwise, as nexmo-cli treats {@code user:create} fields.
 */
final class JsonArgument {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonArgument() {}

    /** The value as a JSON tree. */
    static JsonNode nodeOf(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node == null || node.isMissingNode() ? TextNode.valueOf(value) : node;
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(value);
        }
    }

    /** The value as plain Java objects (maps, lists, strings, numbers, booleans), for JWT claims. */
    static Object valueOf(String value) {
        return JSON.convertValue(nodeOf(value), Object.class);
    }
}
