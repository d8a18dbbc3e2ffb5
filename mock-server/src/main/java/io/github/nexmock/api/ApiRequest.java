package io.github.nexmock.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One authenticated request to a Nexmo API path, with the parsing every handler needs: path segments, query
 * parameters, the JSON or form body within the size limit (read by {@link RequestBody}), and the base URL for
 * {@code _links}.
 */
final class ApiRequest {

    private final Request request;
    private final Principal principal;
    private final ApiPath path;
    private final ApiFamily family;
    private final RequestBody body;

    ApiRequest(Request request, ApiPath path, Principal principal, long maxBodyBytes) {
        this.request = request;
        this.principal = principal;
        this.path = path;
        this.family = path.family();
        this.body = new RequestBody(request, family, maxBodyBytes);
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
        return body.jsonObject();
    }

    /**
     * The parameters of a legacy {@code /v1/applications} request: the query string, overridden by a form-encoded
     * body or by the members of a JSON object body.
     *
     * @throws ProblemException 413 over the body size limit, 415 when the body is neither empty, form-encoded nor
     *                          JSON, 400 for JSON that is not an object of strings, numbers or booleans
     */
    Map<String, String> formParameters() {
        return body.formParameters();
    }
}
