package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the members of a JSON request body with their expected types, collecting every problem so that one 400
 * names them all ({@link #check()}). Nothing is changed until the handler has called {@code check()}.
 */
final class BodyReader {

    private final ObjectNode body;
    private final ApiFamily family;
    private final List<InvalidParameter> problems = new ArrayList<>();

    BodyReader(ObjectNode body, ApiFamily family) {
        this.body = body;
        this.family = family;
    }

    /** Whether the member is present at all, {@code null} included. */
    boolean has(String name) {
        return body.has(name);
    }

    /** A required, non-blank string member, or {@code null} after recording the problem. */
    String requiredText(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            invalid(name, "is required");
            return null;
        }
        return nonBlank(name, value);
    }

    /** An optional string member: {@code null} when absent or JSON null. */
    String optionalText(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            invalid(name, "must be a string, got " + typeOf(value));
            return null;
        }
        return value.textValue();
    }

    /** An optional string member that must not be blank when present (JSON null is refused too). */
    String optionalNonBlankText(String name) {
        JsonNode value = body.get(name);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            invalid(name, "must not be null");
            return null;
        }
        return nonBlank(name, value);
    }

    /** An optional object member: {@code null} when absent or JSON null. */
    ObjectNode optionalObject(String name) {
        return object(name, body.get(name));
    }

    /** A nested object, checked under a dotted name. */
    ObjectNode object(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            invalid(name, "must be an object, got " + typeOf(value));
            return null;
        }
        return (ObjectNode) value;
    }

    /** Records a problem with a member. */
    void invalid(String name, String reason) {
        problems.add(new InvalidParameter(name, reason));
    }

    /**
     * Ends reading.
     *
     * @throws ProblemException 400 naming every invalid member, when there was any
     */
    void check() {
        if (!problems.isEmpty()) {
            throw Problem.invalid(family, problems).toException();
        }
    }

    /**
     * Ends reading, reporting problems under the given {@code type} instead of the family's.
     *
     * @throws ProblemException 400 naming every invalid member, when there was any
     */
    void check(String type) {
        if (!problems.isEmpty()) {
            throw Problem.invalid(family, problems).withType(type).toException();
        }
    }

    private String nonBlank(String name, JsonNode value) {
        if (!value.isTextual()) {
            invalid(name, "must be a string, got " + typeOf(value));
            return null;
        }
        if (value.textValue().isBlank()) {
            invalid(name, "must not be blank");
            return null;
        }
        return value.textValue();
    }

    static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
