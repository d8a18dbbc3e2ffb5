package io.github.nexmock.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON objects read strictly with Jackson's streaming parser (no duplicate names, no trailing data, UTF-8 only)
 * into unmodifiable, insertion-ordered maps, lists and scalars: strings, booleans, null, and numbers as Integer, Long,
 * BigInteger or Double. Streaming straight into the result keeps verification cheap.
 */
final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectWriter WRITER = new JsonMapper(FACTORY).writer();
    private static final Class<?> UNMODIFIABLE_MAP =
            Collections.unmodifiableMap(Map.of()).getClass();

    private StrictJson() {}

    /**
     * Reads UTF-8 JSON that must be one object.
     *
     * @throws IOException with a description when it is not
     */
    static Map<String, Object> readObject(byte[] utf8) throws IOException {
        // Jackson would take a byte order mark or a NUL among the first four bytes as UTF-16 or UTF-32; refuse both.
        // A NUL further on is not valid JSON, which the parser refuses by itself.
        int first = utf8.length == 0 ? 0 : utf8[0] & 0xFF;
        if (first == 0xEF || first == 0xFE || first == 0xFF) {
            throw new IOException("starts with a byte order mark; JSON in a JWT is UTF-8 without one");
        }
        for (int i = 0; i < Math.min(4, utf8.length); i++) {
            if (utf8[i] == 0) {
                throw new IOException("contains a NUL byte; JSON in a JWT is UTF-8");
            }
        }
        try (JsonParser parser = FACTORY.createParser(utf8)) {
            return readRoot(parser);
        }
    }

    /** Reads JSON text that must be one object. */
    static Map<String, Object> readObject(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readRoot(parser);
        }
    }

    private static Map<String, Object> readRoot(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw new IOException("is " + (token == null ? "empty" : typeName(token)) + ", not an object");
        }
        Map<String, Object> object = readObjectBody(parser);
        if (parser.nextToken() != null) {
            throw new IOException("has more data after its JSON object");
        }
        return object;
    }

    private static Map<String, Object> readObjectBody(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            object.put(name, readValue(parser, parser.nextToken()));
        }
        return object.isEmpty() ? Map.of() : Collections.unmodifiableMap(object);
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readObjectBody(parser);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    list.add(readValue(parser, next));
                }
                return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("has the unexpected JSON token " + token);
        }
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Deep, insertion-ordered, unmodifiable copy of a JSON-like map; null becomes an empty map. A map that is already
     * unmodifiable, as everything {@link #readObject} returns, is kept as it is.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> freeze(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        if (map.getClass() == UNMODIFIABLE_MAP) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> copy.put(name, freezeValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static String typeName(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return "the JSON token " + token;
        }
    }

    /** JSON type of a decoded value, for messages. */
    static String typeName(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "a string";
        } else if (value instanceof Number) {
            return "a number";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof List) {
            return "an array";
        } else if (value instanceof Map) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object value) {
        if (value instanceof Map) {
            return freeze((Map<String, ?>) value);
        }
        if (value instanceof List && ((List<?>) value).isEmpty()) {
            return List.of();
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object element : (List<?>) value) {
                copy.add(freezeValue(element));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
