package io.github.nexmock.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON objects read strictly (no duplicate names, no trailing data, UTF-8 only) into plain maps, lists and scalars. */
final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectReader OBJECT_READER = MAPPER.readerFor(new TypeReference<Map<String, Object>>() { });
    private static final ObjectWriter WRITER = MAPPER.writer();

    private StrictJson() {
    }

    /**
     * Reads UTF-8 JSON that must be one object.
     *
     * @throws IOException with Jackson's description when it is not
     */
    static Map<String, Object> readObject(byte[] utf8) throws IOException {
        int first = utf8.length == 0 ? 0 : utf8[0] & 0xFF;
        if (first == 0xEF || first == 0xFE || first == 0xFF) {
            throw new IOException("starts with a byte order mark; JSON in a JWT is UTF-8 without one");
        }
        for (byte b : utf8) {
            if (b == 0) {
                throw new IOException("contains a NUL byte; JSON in a JWT is UTF-8");
            }
        }
        Map<String, Object> object = OBJECT_READER.readValue(utf8);
        if (object == null) {
            throw new IOException("is JSON null, not an object");
        }
        return object;
    }

    /** Reads JSON text that must be one object. */
    static Map<String, Object> readObject(String json) throws IOException {
        Map<String, Object> object = OBJECT_READER.readValue(json);
        if (object == null) {
            throw new IOException("is JSON null, not an object");
        }
        return object;
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Deep, insertion-ordered, unmodifiable copy of a JSON-like map; null becomes an empty map. */
    static Map<String, Object> freeze(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> copy.put(name, freezeValue(value)));
        return Collections.unmodifiableMap(copy);
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
