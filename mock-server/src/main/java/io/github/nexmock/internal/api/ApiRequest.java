package io.github.nexmock.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One authenticated request to a Nexmo API path, with the parsing every handler needs: path segments, query
 * parameters, the JSON or form body within the size limit, and the base URL for {@code _links}.
 */
final class ApiRequest {

    private final Request request;
    private final Principal principal;
    private final ApiPath path;
    private final ApiFamily family;
    private final long maxBodyBytes;

    ApiRequest(Request request, ApiPath path, Principal principal, long maxBodyBytes) {
        this.request = request;
        this.maxBodyBytes = maxBodyBytes;
        this.principal = principal;
        this.path = path;
        this.family = path.family();
    }

    String method() {
        return request.getMethod().getName();
    }

    String path() {
        return path.path();
    }

    List<String> segments() {
        return path.segments();
    }

    /** The API the route table matched. */
    NexmoApi api() {
        return path.api().orElseThrow();
    }

    /** The {@code {id}} of an item route, e.g. {@code /v2/applications/{id}}. */
    String id() {
        return path.segments().get(2);
    }

    /** The application a Users API request acts for, which authentication made sure of. */
    String applicationId() {
        if (!(principal instanceof Principal.Application application)) {
            throw new IllegalStateException("the Users API needs an application principal");
        }
        return application.applicationId();
    }

    ApiFamily family() {
        return family;
    }

    Principal principal() {
        return principal;
    }

    /** Scheme, host and port the client used, for absolute {@code href}s. */
    String baseUrl() {
        String absolute = request.getAbsoluteUrl();
        int scheme = absolute.indexOf("://");
        int pathStart = scheme < 0 ? -1 : absolute.indexOf('/', scheme + 3);
        return pathStart < 0 ? absolute : absolute.substring(0, pathStart);
    }

    /** The first value of a query parameter, URL-decoded. */
    Optional<String> query(String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? Optional.of(parameter.firstValue()) : Optional.empty();
    }

    /**
     * An integer query parameter within bounds, or the default when absent.
     *
     * @throws ProblemException 400 naming the parameter otherwise
     */
    int intQuery(String name, int defaultValue, int min, int max) {
        BodyReader problems = new BodyReader(ApiJson.object(), family);
        int value = intQuery(name, defaultValue, min, max, problems);
        problems.check();
        return value;
    }

    /** An integer query parameter within bounds, the default when absent, or the default after recording its problem. */
    int intQuery(String name, int defaultValue, int min, int max, BodyReader problems) {
        Optional<String> text = query(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // recorded below
        }
        problems.invalid(
                name,
                (max == Integer.MAX_VALUE
                                ? "must be an integer of at least " + min
                                : "must be an integer from " + min + " to " + max)
                        + ", got '" + text.get() + "'");
        return defaultValue;
    }

    /**
     * A query parameter read by {@code parser}, {@code absent} when missing, or {@code absent} after recording the
     * message of the parser's {@link IllegalArgumentException} as its problem.
     */
    <T> T parsedQuery(String name, Function<String, T> parser, T absent, BodyReader problems) {
        Optional<String> text = query(name);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return parser.apply(text.get());
        } catch (IllegalArgumentException e) {
            problems.invalid(name, e.getMessage());
            return absent;
        }
    }

    /** Refuses a request whose {@code Accept} header rules out JSON (406). */
    void requireAcceptsJson() {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (String range : accept.split(",")) {
            String type = BodyFormats.mediaType(range);
            if (type.equals("*/*")
                    || type.equals("application/*")
                    || type.equals("application/json")
                    || type.endsWith("+json")) {
                return;
            }
        }
        throw Problem.of(
                        family,
                        406,
                        "Accept header '" + accept + "' does not allow application/json, the only "
                                + "media type this API returns")
                .toException();
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
            throw Problem.of(family, 400, "request body is not valid JSON: " + e.getOriginalMessage())
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
    byte[] body() {
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
