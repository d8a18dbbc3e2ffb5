package io.github.nexmock.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An RFC 7807 {@code application/problem+json} answer, shaped as the Nexmo API family of the request shapes its
 * errors: {@code type}, {@code title}, {@code detail}, {@code instance}, and where they apply {@code code},
 * {@code reason} (why credentials were refused) and {@code invalid_parameters}.
 *
 * @param status            the HTTP status, 4xx
 * @param type              a URI naming the kind of problem
 * @param title             the short summary of the status, worded as the family words it
 * @param detail            a sentence naming what was wrong with this request
 * @param code              the Nexmo error code, or {@code null}
 * @param reason            the refusal reason for 401/403, or {@code null}
 * @param invalidParameters the members that failed validation; empty unless the status is 400
 */
public record Problem(
        int status,
        String type,
        String title,
        String detail,
        String code,
        String reason,
        List<InvalidParameter> invalidParameters) {

    /** The media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Checks the members and copies the list. */
    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        invalidParameters = List.copyOf(invalidParameters);
    }

    /** A problem of the request's API family with the family's default code for the status. */
    static Problem of(ApiFamily family, int status, String detail) {
        return of(family, status, ApiFamily.defaultCode(status), detail);
    }

    /** A problem of the request's API family; the Users family carries the code, the Application family does not. */
    static Problem of(ApiFamily family, int status, String code, String detail) {
        return new Problem(
                status,
                family.type(status, code),
                family.title(status),
                detail,
                family == ApiFamily.USERS ? code : null,
                null,
                List.of());
    }

    /** A 400 naming each invalid member. */
    public static Problem invalid(ApiFamily family, List<InvalidParameter> parameters) {
        String detail = parameters.size() == 1
                ? "Invalid parameter " + parameters.get(0).name() + ": "
                        + parameters.get(0).reason()
                : parameters.size() + " invalid parameters: "
                        + String.join(
                                ", ",
                                parameters.stream().map(InvalidParameter::name).toList());
        Problem plain = of(family, 400, detail);
        return new Problem(400, plain.type(), plain.title(), detail, plain.code(), null, parameters);
    }

    /** A 401/403 refusal of credentials, always with its code and reason. */
    public static Problem refusal(ApiFamily family, int status, String code, String reason, String detail) {
        return new Problem(status, family.type(status, code), family.title(status), detail, code, reason, List.of());
    }

    /**
     * A problem for the HTTP layer in front of WireMock (a request too broken to route or to parse), shaped by the
     * family of the request's path.
     */
    public static Problem httpLayer(int status, String path, String detail) {
        return of(ApiPath.of(path).family(), status, detail);
    }

    /** This problem under another {@code type}, for an endpoint that names its own kind of problem. */
    Problem withType(String otherType) {
        return new Problem(status, otherType, title, detail, code, reason, invalidParameters);
    }

    /** This problem as a throwable, to leave a handler from any depth. */
    ProblemException toException() {
        return new ProblemException(this);
    }

    /** The problem as a WireMock response with a fresh {@code instance} id and a text body (as WireMock's not-matched page needs). */
    public ResponseDefinition toResponse() {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", MEDIA_TYPE)
                .withBody(toJson())
                .build();
    }

    /** The problem body, with a fresh {@code instance} id. */
    public String toJson() {
        ObjectNode body = ApiJson.object()
                .put("type", type)
                .put("title", title)
                .put("detail", detail)
                .put("instance", UUID.randomUUID().toString());
        if (code != null) {
            body.put("code", code);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        if (!invalidParameters.isEmpty()) {
            ArrayNode parameters = body.putArray("invalid_parameters");
            invalidParameters.forEach(parameter ->
                    parameters.addObject().put("name", parameter.name()).put("reason", parameter.reason()));
        }
        return body.toString();
    }
}
