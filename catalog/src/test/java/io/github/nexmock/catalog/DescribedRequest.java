package io.github.nexmock.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A request an operation's description says is valid, made from the description alone: path parameters, required
 * query parameters and a body from their examples or schemas; credentials are added by the test. It can also drop
 * one required parameter or member, for the request the API must refuse as invalid.
 */
final class DescribedRequest {

    private static final String BOUNDARY = "nexmock-boundary";
    private static final SchemaValues VALUES = new SchemaValues(Clock.systemUTC());

    final String method;
    final String path;
    final Map<String, String> query = new LinkedHashMap<>();
    final String contentType;
    final ObjectNode body;

    private DescribedRequest(String method, String path, String contentType, ObjectNode body) {
        this.method = method;
        this.path = path;
        this.contentType = contentType;
        this.body = body;
    }

    /** A valid request for {@code operation}. */
    static DescribedRequest valid(Operation operation) {
        JsonNode node = operation.node();
        StringBuilder path = new StringBuilder();
        for (String segment : operation.path().segments()) {
            path.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                JsonNode parameter = parameter(node, "path", name);
                String value = name.equals("format")
                        ? "json"
                        : parameter == null ? "abc123" : text(VALUES.value(parameter.path("schema"), null), parameter);
                path.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                path.append(segment);
            }
        }
        String contentType = null;
        ObjectNode body = null;
        JsonNode content = node.path("requestBody").path("content");
        if (!content.isEmpty()) {
            contentType = content.fieldNames().next();
            JsonNode media = content.get(contentType);
            JsonNode value =
                    media.has("example") && media.path("schema").path("oneOf").isEmpty()
                            ? media.get("example").deepCopy()
                            : VALUES.value(media.path("schema"), null);
            body = value.isObject() ? (ObjectNode) value : ErrorStyle.NODES.objectNode();
            RequestCheck.CREDENTIALS.forEach(body::remove);
        }
        DescribedRequest request =
                new DescribedRequest(operation.method(), path.length() == 0 ? "/" : path.toString(), contentType, body);
        for (JsonNode parameter : node.path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("query")
                    && parameter.path("required").asBoolean(false)
                    && !RequestCheck.CREDENTIALS.contains(name)) {
                request.query.put(name, text(VALUES.value(parameter.path("schema"), null), parameter));
            }
        }
        return request;
    }

    /** The name of a required query parameter or body member, the first of them, or null when there is none. */
    String requiredMember(Operation operation) {
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (parameter.path("in").asText().equals("query")
                    && query.containsKey(parameter.path("name").asText())) {
                return parameter.path("name").asText();
            }
        }
        if (body != null) {
            JsonNode schema = operation
                    .node()
                    .path("requestBody")
                    .path("content")
                    .path(contentType)
                    .path("schema");
            for (JsonNode required : schema.path("required")) {
                if (!RequestCheck.CREDENTIALS.contains(required.asText()) && body.has(required.asText())) {
                    return required.asText();
                }
            }
        }
        return null;
    }

    /** This request without the query parameter or body member {@code name}. */
    DescribedRequest without(String name) {
        DescribedRequest copy = new DescribedRequest(method, path, contentType, body == null ? null : body.deepCopy());
        copy.query.putAll(query);
        copy.query.remove(name);
        if (copy.body != null) {
            copy.body.remove(name);
        }
        return copy;
    }

    /** The URL path and query, with {@code extra} query parameters. */
    String url(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.putAll(extra);
        return path + (all.isEmpty() ? "" : "?" + encoded(all));
    }

    /** Whether the body is multipart form data. */
    boolean multipart() {
        return contentType != null && contentType.startsWith("multipart/");
    }

    /** The Content-Type header of the body. */
    String contentTypeHeader() {
        return multipart() ? contentType + "; boundary=" + BOUNDARY : contentType;
    }

    /** Whether the body is form-encoded. */
    boolean form() {
        return "application/x-www-form-urlencoded".equals(contentType);
    }

    /** The body as sent, with {@code extra} members (credentials); null when there is none. */
    String body(Map<String, String> extra) {
        if (body == null) {
            return null;
        }
        if (multipart()) {
            StringBuilder parts = new StringBuilder();
            body.properties().forEach(member -> parts.append("--")
                    .append(BOUNDARY)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(member.getKey())
                    .append("\"\r\n\r\n")
                    .append(text(member.getValue(), null))
                    .append("\r\n"));
            return parts.append("--").append(BOUNDARY).append("--\r\n").toString();
        }
        if (form()) {
            Map<String, String> members = new LinkedHashMap<>();
            body.properties().forEach(member -> members.put(member.getKey(), text(member.getValue(), null)));
            members.putAll(extra);
            return encoded(members);
        }
        ObjectNode copy = body.deepCopy();
        extra.forEach(copy::put);
        return copy.toString();
    }

    /** Where credential parameters go for this request: the body when it declares them, else the query. */
    boolean credentialsInBody(Operation operation) {
        return body != null
                && (form()
                        || operation
                                .node()
                                .path("requestBody")
                                .path("content")
                                .path(contentType)
                                .path("schema")
                                .path("properties")
                                .has("api_key"));
    }

    private static JsonNode parameter(JsonNode operation, String in, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals(in)
                    && parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    private static String text(JsonNode value, JsonNode parameter) {
        if (parameter != null && parameter.has("example")) {
            return parameter.get("example").asText();
        }
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(",");
            value.forEach(item -> joined.add(item.asText()));
            return joined.toString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String encoded(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    @Override
    public String toString() {
        return method + " " + url(Map.of()) + (body == null ? "" : " " + body);
    }
}
