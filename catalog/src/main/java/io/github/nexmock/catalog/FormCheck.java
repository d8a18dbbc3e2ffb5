package io.github.nexmock.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A form-encoded body checked against its (flat) schema: required members, integer, number and boolean values,
 * enums and lengths. The validator reads form values as JSON, so {@code to=447700900000} becomes a number and fails a
 * string schema, refusing what every SDK sends; a form value is text, and is checked as the schema types it.
 */
final class FormCheck {

    private FormCheck() {}

    /** The violations of {@code form} against {@code schema}; credential members are never checked here. */
    static List<Violation> violations(JsonNode schema, Map<String, String> form) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            if (!RequestCheck.CREDENTIALS.contains(name) && !form.containsKey(name)) {
                violations.add(new Violation(name, "required but missing", true));
            }
        }
        for (Map.Entry<String, String> member : form.entrySet()) {
            JsonNode property = schema.path("properties").path(member.getKey());
            if (property.isMissingNode() || RequestCheck.CREDENTIALS.contains(member.getKey())) {
                continue;
            }
            String problem = problem(property, member.getValue());
            if (problem != null) {
                violations.add(new Violation(member.getKey(), problem, false));
            }
        }
        return violations;
    }

    private static String problem(JsonNode property, String value) {
        String type = property.path("type").asText("string");
        try {
            switch (type) {
                case "integer" -> Long.parseLong(value);
                case "number" -> Double.parseDouble(value);
                case "boolean" -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return "must be true or false";
                    }
                }
                default -> {
                    // text as it is
                }
            }
        } catch (NumberFormatException e) {
            return "must be " + (type.equals("integer") ? "an integer" : "a number");
        }
        if (property.path("enum").size() > 0) {
            boolean listed = false;
            for (JsonNode allowed : property.get("enum")) {
                listed |= allowed.asText().equals(value);
            }
            if (!listed) {
                return "must be one of " + property.get("enum");
            }
        }
        if (property.has("minLength")
                && value.length() < property.get("minLength").asInt()) {
            return "must be at least " + property.get("minLength").asInt() + " characters";
        }
        if (property.has("maxLength")
                && value.length() > property.get("maxLength").asInt()) {
            return "must be at most " + property.get("maxLength").asInt() + " characters";
        }
        return null;
    }
}
