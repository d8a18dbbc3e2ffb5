package io.github.nexmock.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How request bodies are read, for the APIs and for the legacy api_key/api_secret body parameters authentication
 * looks for: media types, the scalar members of a JSON object, and form encoding.
 */
public final class BodyFormats {

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

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
