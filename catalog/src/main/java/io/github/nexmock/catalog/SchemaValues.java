package io.github.nexmock.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values that conform to a described schema: its own {@code example} where it has one, otherwise one made from its
 * type, format and constraints; and fresh identifiers each time, of the shape the description shows (a UUID stays a
 * UUID, 32 hex digits stay 32 hex digits), so two answers never share an id.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IDENTIFIER_NAME = Pattern.compile("(?i)(.*[_-])?(id|uuid)|id[_-].*");
    private static final int MAX_DEPTH = 24;

    private final Random random = new SecureRandom();
    private final Clock clock;

    SchemaValues(Clock clock) {
        this.clock = clock;
    }

    /** A value of {@code schema}; {@code name} is the member it is for, or null. */
    JsonNode value(JsonNode schema, String name) {
        return fresh(generated(schema, 0), name);
    }

    /** {@code value} with every identifier member (and the value itself when {@code name} is one) made anew. */
    JsonNode fresh(JsonNode value, String name) {
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            value.properties().forEach(member -> copy.set(member.getKey(), fresh(member.getValue(), member.getKey())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            value.forEach(item -> copy.add(fresh(item, name)));
            return copy;
        }
        if (value.isTextual() && name != null && IDENTIFIER_NAME.matcher(name).matches()) {
            return TextNode.valueOf(renewed(value.textValue()));
        }
        return value;
    }

    private JsonNode generated(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        for (String alternatives : new String[] {"oneOf", "anyOf"}) {
            if (schema.path(alternatives).size() > 0) {
                return generated(schema.get(alternatives).get(0), depth + 1);
            }
        }
        if (schema.path("allOf").size() > 0) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = generated(part, depth + 1);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                }
            }
            return merged;
        }
        String type =
                schema.path("type").asText(schema.has("properties") ? "object" : schema.has("items") ? "array" : "");
        if (type.equals("object") && schema.has("properties") || type.equals("array") && schema.has("items")) {
            return type.equals("object") ? object(schema, depth) : array(schema, depth);
        }
        if (schema.has("example")) {
            return conforming(schema, schema.get("example"));
        }
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (schema.has("default")) {
            return conforming(schema, schema.get("default"));
        }
        return switch (type) {
            case "object" -> NODES.objectNode();
            case "array" -> NODES.arrayNode();
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1.5));
            case "boolean" -> NODES.booleanNode(false);
            case "string" -> TextNode.valueOf(string(schema));
            default -> NODES.nullNode();
        };
    }

    /**
     * An example or default as the schema types it: descriptions show {@code "123.45"} for a number, {@code 32526}
     * for a string, or a JSON object written as a string; a value outside the schema's enum gives way to its first.
     */
    private JsonNode conforming(JsonNode schema, JsonNode shown) {
        JsonNode value = shown.deepCopy();
        String type = schema.path("type").asText("");
        try {
            value = switch (type) {
                case "string" ->
                    value.isTextual()
                            ? value
                            : TextNode.valueOf(value.isValueNode() ? value.asText() : value.toString());
                case "integer" ->
                    value.isIntegralNumber()
                            ? value
                            : NODES.numberNode(Long.parseLong(value.asText().strip()));
                case "number" ->
                    value.isNumber()
                            ? value
                            : NODES.numberNode(Double.parseDouble(value.asText().strip()));
                case "boolean" -> value.isBoolean() ? value : NODES.booleanNode(Boolean.parseBoolean(value.asText()));
                case "object", "array" -> value.isTextual() ? JSON.readTree(value.textValue()) : value;
                default -> value;
            };
        } catch (NumberFormatException | JsonProcessingException e) {
            value = NODES.nullNode();
        }
        if (value.isTextual() && !formatted(schema.path("format").asText(), value.textValue())) {
            value = NODES.nullNode();
        }
        if (schema.path("enum").size() > 0 && !contains(schema.get("enum"), value)) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (value.isNull() && !type.isEmpty()) {
            ObjectNode withoutExample = ((ObjectNode) schema.deepCopy());
            withoutExample.remove(List.of("example", "default"));
            return generated(withoutExample, MAX_DEPTH);
        }
        return value;
    }

    /** Whether {@code text} is of the {@code date} or {@code date-time} format it claims (examples often are not). */
    private static boolean formatted(String format, String text) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {
                    // other formats are taken as shown
                }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || candidate.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items; i++) {
            array.add(generated(schema.get("items"), depth + 1));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (!property.getValue().path("writeOnly").asBoolean(false)) {
                JsonNode value = generated(property.getValue(), depth + 1);
                if (!value.isNull() || property.getValue().path("nullable").asBoolean(false)) {
                    object.set(property.getKey(), value);
                }
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!object.has(required.asText())) {
                object.put(required.asText(), "string");
            }
        }
        return object;
    }

    private String string(JsonNode schema) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String text =
                switch (schema.path("format").asText()) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date-time" -> now.toString();
                    case "date" -> LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
                    case "email" -> "user@example.com";
                    case "uri", "url" -> "https://example.com/";
                    case "ipv4" -> "192.0.2.1";
                    default -> "string";
                };
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < min) {
            padded.append('x');
        }
        return padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    /** An identifier like {@code shown}: UUIDs replaced by new ones, else each digit and letter by one of its kind. */
    private String renewed(String shown) {
        if (shown.isEmpty()) {
            return shown;
        }
        if (UUID_TEXT.matcher(shown).find()) {
            return UUID_TEXT.matcher(shown).replaceAll(match -> {
                String uuid = UUID.randomUUID().toString();
                return Character.isUpperCase(match.group()
                                .chars()
                                .filter(Character::isLetter)
                                .findFirst()
                                .orElse('a'))
                        ? uuid.toUpperCase(Locale.ROOT)
                        : uuid;
            });
        }
        boolean hex = shown.matches("[0-9a-fA-F]+");
        boolean upper = !shown.equals(shown.toLowerCase(Locale.ROOT));
        StringBuilder renewed = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            if (hex) {
                renewed.append(hexDigit(upper));
            } else if (c >= '0' && c <= '9') {
                renewed.append((char) ('0' + random.nextInt(10)));
            } else if (c >= 'a' && c <= 'z') {
                renewed.append((char) ('a' + random.nextInt(26)));
            } else if (c >= 'A' && c <= 'Z') {
                renewed.append((char) ('A' + random.nextInt(26)));
            } else {
                renewed.append(c);
            }
        }
        return renewed.toString();
    }

    private char hexDigit(boolean upper) {
        char digit = "0123456789abcdef".charAt(random.nextInt(16));
        return upper ? Character.toUpperCase(digit) : digit;
    }
}
