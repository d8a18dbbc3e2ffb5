package io.github.nexmock.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of an API request, read within the size limit: as a JSON object for the v2 and Users APIs, or as the
 * parameters of a legacy {@code /v1/applications} request (query string, then form or JSON body), each refusal a
 * problem of the request's API family.
 */
final class RequestBody {

    private final Request request;
    private final ApiFamily family;
    private final long maxBodyBytes;

    RequestBody(Request request, ApiFamily family, long maxBodyBytes) {
        this.request = request;
        this.family = family;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The body as a JSON object; an empty body reads as {@code {}}.
     *
     * @throws ProblemException 413 over the body size limit, 415 when not declared JSON, 400 when not a JSON object
     */
    ObjectNode jsonObject() {
        byte[] body = body();
        if (body.length == 0) {
            return ApiJson.object();
        }
        String contentType = contentType();
        if (!BodyFormats.isJson(contentType)) {
            throw Problem.of(
                            family,
                            415,
                            contentType.isEmpty()
                                    ? "request has a body but no Content-Type; send application/json"
                                    : "Content-Type " + contentType + " is not supported; send application/json")
                    .toException();
        }
        JsonNode node;
        try {
            node = ApiJson.read(body);
        } catch (JsonProcessingException e) {
            // where, not what: the parser's message quotes the offending token, which may be a credential
            throw Problem.of(family, 400, "request body is not valid JSON " + where(e))
                    .toException();
        } catch (IOException e) {
            throw Problem.of(family, 400, "request body cannot be read as JSON: " + e.getMessage())
                    .toException();
        }
        if (node == null || !node.isObject()) {
            throw Problem.of(
                            family,
                            400,
                            "request body must be a JSON object, got "
                                    + (node == null
                                            ? "nothing"
                                            : node.getNodeType().name().toLowerCase(Locale.ROOT)))
                    .toException();
        }
        return (ObjectNode) node;
    }

    /**
     * The parameters of a legacy {@code /v1/applications} request: the query string, overridden by a form-encoded
     * body or by the members of a JSON object body (the v1 description documents JSON; old clients send forms).
     *
     * @throws ProblemException 413 over the body size limit, 415 when the body is neither empty, form-encoded nor
     *                          JSON, 400 for JSON that is not an object of strings, numbers or booleans
     */
    Map<String, String> formParameters() {
        Map<String, String> parameters = new LinkedHashMap<>(BodyFormats.decodeForm(queryString()));
        byte[] body = body();
        if (body.length == 0) {
            return parameters;
        }
        if (BodyFormats.isJson(contentType())) {
            List<InvalidParameter> problems = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : jsonObject().properties()) {
                JsonNode value = member.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    parameters.put(member.getKey(), value.asText());
                } else if (!value.isNull()) {
                    problems.add(
                            new InvalidParameter(member.getKey(), "must be a string, got " + BodyReader.typeOf(value)));
                }
            }
            if (!problems.isEmpty()) {
                throw Problem.invalid(family, problems).toException();
            }
            return parameters;
        }
        if (!contentType().equals("application/x-www-form-urlencoded")) {
            throw Problem.of(
                            family,
                            415,
                            "Content-Type " + (contentType().isEmpty() ? "(none)" : contentType())
                                    + " is not supported; send application/json or application/x-www-form-urlencoded")
                    .toException();
        }
        parameters.putAll(BodyFormats.decodeForm(new String(body, StandardCharsets.UTF_8)));
        return parameters;
    }

    /**
     * The request body, at most the body size limit (1 MiB unless configured).
     *
     * @throws ProblemException 413 when larger
     */
    private byte[] body() {
        String declared = request.getHeader("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodyBytes) {
                    throw tooLarge(declared.trim());
                }
            } catch (NumberFormatException ignored) {
                // Jetty has already refused a malformed Content-Length; the body length decides below
            }
        }
        byte[] body = request.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge(Integer.toString(body.length));
        }
        return body;
    }

    /** Where the syntax error is, never the parser's own message: that quotes the token, which may be a secret. */
    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null
                ? "(syntax error)"
                : "(syntax error at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private ProblemException tooLarge(String size) {
        return Problem.of(family, 413, "request body is " + size + " bytes; the limit is " + maxBodyBytes + " bytes")
                .toException();
    }

    /** The media type of the body, lower case, without parameters; empty when not declared. */
    private String contentType() {
        String header = request.getHeader("Content-Type");
        return header == null ? "" : BodyFormats.mediaType(header);
    }

    private String queryString() {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? "" : url.substring(query + 1);
    }
}
