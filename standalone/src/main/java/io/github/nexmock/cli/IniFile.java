package io.github.nexmock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The INI dialect nexmo-cli reads and writes ({@code ~/.nexmorc}, {@code .nexmo-app}): {@code [section]} headers,
 * {@code key=value} lines, {@code ;}/{@code #} comments, and JSON-quoted values for anything holding newlines,
 * such as a PEM private key. Immutable; {@link #with} returns a changed copy.
 */
final class IniFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String TOP_LEVEL = "";

    private final Map<String, Map<String, String>> sections;

    private IniFile(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    /** An INI file with no values. */
    static IniFile empty() {
        return new IniFile(new LinkedHashMap<>());
    }

    /**
     * Parses INI text; lines that are neither a section, a key nor a comment are ignored as nexmo-cli ignores them.
     *
     * @throws IllegalArgumentException when a double-quoted value is not a valid JSON string
     */
    static IniFile parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        String section = TOP_LEVEL;
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            String value =
                    equals < 0 ? "true" : decode(line.substring(equals + 1).strip());
            sections.computeIfAbsent(section, name -> new LinkedHashMap<>()).put(key, value);
        }
        return new IniFile(sections);
    }

    /** The value of {@code key} in {@code section}, empty when absent. */
    Optional<String> value(String section, String key) {
        return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(key));
    }

    /** A copy with {@code key} in {@code section} set to {@code value}; other values are kept. */
    IniFile with(String section, String key, String value) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((name, values) -> copy.put(name, new LinkedHashMap<>(values)));
        copy.computeIfAbsent(section, name -> new LinkedHashMap<>()).put(key, value);
        return new IniFile(copy);
    }

    /** The file text, in the form nexmo-cli writes. */
    String render() {
        StringBuilder text = new StringBuilder();
        sections.getOrDefault(TOP_LEVEL, Map.of()).forEach((key, value) -> appendValue(text, key, value));
        sections.forEach((name, values) -> {
            if (name.equals(TOP_LEVEL) || values.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append('[').append(name).append("]\n");
            values.forEach((key, value) -> appendValue(text, key, value));
        });
        return text.toString();
    }

    private static void appendValue(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(encode(value)).append('\n');
    }

    private static String encode(String value) {
        boolean needsQuotes = value.contains("=")
                || value.contains("\n")
                || value.contains("\r")
                || value.startsWith("[")
                || value.startsWith("\"")
                || value.startsWith("'")
                || !value.equals(value.strip());
        if (needsQuotes) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.replace(";", "\\;").replace("#", "\\#");
    }

    private static String decode(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            try {
                return JSON.readValue(value, String.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "a quoted value is not a valid JSON string: " + e.getOriginalMessage());
            }
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "\\;#".indexOf(value.charAt(i + 1)) >= 0) {
                plain.append(value.charAt(++i));
            } else if (c == ';' || c == '#') {
                break;
            } else {
                plain.append(c);
            }
        }
        return plain.toString().strip();
    }
}
