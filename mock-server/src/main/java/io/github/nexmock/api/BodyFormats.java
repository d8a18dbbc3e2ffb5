package io.github.nexmock.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How request bodies are read, for the APIs and for the legacy api_key/api_secret body parameters authentication
 * looks for: media types, the scalar members of a JSON object, and form encoding; and how the values of chosen names
 * are replaced in a form or a JSON text, decoding names exactly as reading them does, so the request journal can drop
 * credentials whatever their spelling.
 */
public final class BodyFormats {

    /** Reads what {@link ApiJson} reads (any encoding Jackson detects), but keeps repeated names and stops at nothing. */
    private static final JsonFactory LENIENT = JsonFactory.builder().build();

    private BodyFormats() {}

    /** Whether a media type is JSON: {@code application/json} or any {@code +json} type. */
    public static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** The string, number and boolean members of a JSON object body; empty when it is not one. */
    public static Map<String, String> jsonScalars(byte[] body) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            JsonNode node = ApiJson.read(body);
            if (node != null && node.isObject()) {
                node.properties().forEach(member -> {
                    if (member.getValue().isValueNode() && !member.getValue().isNull()) {
                        values.put(member.getKey(), member.getValue().asText());
                    }
                });
            }
        } catch (IOException unreadable) {
            // the handler reports the body's problem; for credentials it simply holds none
        }
        return values;
    }

    /** The media type of a Content-Type header, lower case, without parameters. */
    public static String mediaType(String header) {
        int parameters = header.indexOf(';');
        return (parameters < 0 ? header : header.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    /** Decodes {@code a=1&b=2}; the first value of a repeated name wins; undecodable text reads as given. */
    public static Map<String, String> decodeForm(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    /**
     * The form (or query string) with the value of each pair whose decoded name {@code names} accepts replaced by
     * {@code replacement}, every other byte as sent; the same instance when no name matched.
     */
    public static String replaceFormValues(String form, Predicate<String> names, String replacement) {
        StringBuilder replaced = null;
        int start = 0;
        while (start <= form.length()) {
            int end = form.indexOf('&', start);
            end = end < 0 ? form.length() : end;
            int equals = form.indexOf('=', start);
            int nameEnd = equals < 0 || equals > end ? end : equals;
            if (names.test(decode(form.substring(start, nameEnd)))) {
                replaced = replaced != null ? replaced : new StringBuilder(form.substring(0, start));
                replaced.append(form, start, nameEnd).append('=').append(replacement);
            } else if (replaced != null) {
                replaced.append(form, start, end);
            }
            if (end < form.length() && replaced != null) {
                replaced.append('&');
            }
            start = end + 1;
        }
        return replaced == null ? form : replaced.toString();
    }

    /**
     * The JSON text with the value of every member whose name {@code names} accepts, at any depth and however often
     * repeated, replaced by the string {@code replacement}, written compact in UTF-8; the same instance when no name
     * matched. Reading stops at the first syntax error, and what follows it is replaced too: it may hold a member the
     * text never got to.
     */
    public static byte[] replaceJsonMembers(byte[] json, Predicate<String> names, String replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        boolean replaced = false;
        try (JsonParser parser = LENIENT.createParser(json);
                JsonGenerator generator = LENIENT.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.FIELD_NAME && names.test(parser.currentName())) {
                        generator.writeFieldName(parser.currentName());
                        parser.nextToken();
                        parser.skipChildren();
                        generator.writeString(replacement);
                        replaced = true;
                    } else {
                        generator.copyCurrentEventExact(parser);
                    }
                }
            } catch (IOException unreadable) {
                generator.flush();
                out.writeBytes((" " + replacement).getBytes(StandardCharsets.UTF_8));
                replaced = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
        return replaced ? out.toByteArray() : json;
    }

    /** Whether the body holds the bytes of this ASCII text. */
    public static boolean contains(byte[] body, String ascii) {
        if (body == null) {
            return false;
        }
        outer:
        for (int i = 0; i + ascii.length() <= body.length; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (body[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
