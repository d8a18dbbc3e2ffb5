package io.github.nexmock.catalog;

import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.auth.AuthenticationRefused;
import io.github.nexmock.auth.Credentials;
import io.github.nexmock.catalogue.CatalogueAnswer;
import io.github.nexmock.catalogue.DescribedOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One described operation as the catalogue serves it: authenticated as its description's security says, refused
 * and validated in its API's {@link ErrorStyle}, and answered with its first success response, made from the
 * description's examples or schema with fresh identifiers. Stateless: nothing created is kept.
 */
final class Operation implements DescribedOperation {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    /** The words of an error, for the catalogue log (error bodies of some descriptions have no place for them). */
    static final String DETAIL_HEADER = CatalogueAnswer.DETAIL_HEADER;
    /** Members of described error bodies that carry the words of the error. */
    private static final List<String> TEXT_MEMBERS =
            List.of("detail", "error-code-label", "error_title", "error_text", "error-text", "status_message");

    private final Description description;
    private final String method;
    private final PathTemplate path;
    private final JsonNode operation;
    private final Security security;
    private final ErrorStyle style;
    private final SchemaValues values;
    /** Whether the description's example of the success answer conforms to its schema; null until first asked. */
    private volatile Boolean exampleConforms;

    Operation(Description description, String method, PathTemplate path, JsonNode operation, SchemaValues values) {
        this.description = description;
        this.method = method;
        this.path = path;
        this.operation = operation;
        this.security = Security.of(description.document(), operation);
        this.style = ErrorStyle.of(description.file(), path.template());
        this.values = values;
    }

    @Override
    public String description() {
        return description.label();
    }

    @Override
    public String template() {
        return method + " " + path.template();
    }

    /** The HTTP method. */
    String method() {
        return method;
    }

    /** The path template as served. */
    PathTemplate path() {
        return path;
    }

    /** The description it comes from. */
    Description source() {
        return description;
    }

    /** The operation's part of the description, refs inlined. */
    JsonNode node() {
        return operation;
    }

    /** How it takes credentials. */
    Security security() {
        return security;
    }

    /** How its API words errors. */
    ErrorStyle style() {
        return style;
    }

    @Override
    public void authenticate(Request request, Credentials credentials) {
        security.authenticate(request, credentials, description.title());
    }

    @Override
    public ResponseDefinition refusal(AuthenticationRefused refused) {
        if (style.inBody()) {
            return json(style.refusal(inBodyErrorShape(), refused.getMessage()));
        }
        return json(described(refused.reason().status(), refused.getMessage(), List.of()));
    }

    @Override
    public ResponseDefinition answer(Request request) {
        try {
            return validatedAnswer(request);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of the catalogue or the validator, not bad input: named, never the request's data
            return json(new ErrorStyle.Error(
                    500,
                    problem(500)
                            .put(
                                    "detail",
                                    "nexmock's catalogue failed to answer " + template() + ": "
                                            + e.getClass().getName())
                            .put("instance", UUID.randomUUID().toString()),
                    PROBLEM,
                    null));
        }
    }

    private ResponseDefinition validatedAnswer(Request request) {
        String requestPath = request.getUrl().split("\\?", 2)[0];
        List<Violation> violations =
                new ArrayList<>(RequestCheck.violations(description.validator(), operation, request, requestPath));
        String format = path.parameter(PathTemplate.split(requestPath), "format");
        if (violations.isEmpty() && "xml".equals(format)) {
            violations.add(new Violation(
                    "format", "nexmock's catalogue answers the json format only; call " + path + " with json", false));
        }
        if (!violations.isEmpty()) {
            return json(
                    style.inBody()
                            ? style.invalid(inBodyErrorShape(), violations)
                            : described(validationStatus(), null, violations));
        }
        return success();
    }

    /** The first 2xx response the operation documents, its body made from its example or schema. */
    private ResponseDefinition success() {
        Map.Entry<String, JsonNode> response = operation.path("responses").properties().stream()
                .filter(entry -> entry.getKey().startsWith("2"))
                .findFirst()
                .orElse(Map.entry("200", TextNode.valueOf("")));
        int status = Integer.parseInt(response.getKey());
        JsonNode content = response.getValue().path("content");
        if (content.isEmpty()) {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(status)
                    .build();
        }
        String mediaType = content.has(JSON) ? JSON : content.fieldNames().next();
        JsonNode media = content.get(mediaType);
        if (!mediaType.contains("json")) {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(status)
                    .withHeader("Content-Type", mediaType)
                    .withBody("nexmock")
                    .build();
        }
        return json(new ErrorStyle.Error(status, body(status, media), JSON, null));
    }

    /**
     * The error the description documents in the operation's 200 answer: the {@code oneOf} alternative with an
     * error text member, else the answer's schema itself.
     */
    private ObjectNode inBodyErrorShape() {
        JsonNode schema = operation
                .path("responses")
                .path("200")
                .path("content")
                .path(JSON)
                .path("schema");
        for (JsonNode alternative : schema.path("oneOf")) {
            String text = alternative.toString();
            if (text.contains("\"error_text\"") || text.contains("\"error-text\"")) {
                schema = alternative;
                break;
            }
        }
        JsonNode shape = values.value(schema, null);
        return shape.isObject() ? (ObjectNode) shape : ErrorStyle.NODES.objectNode();
    }

    /**
     * The media type's example (else the first of its examples) when it conforms to the description's own schema,
     * which some examples do not; else a value made from the schema. Identifiers are fresh either way.
     */
    private JsonNode body(int status, JsonNode media) {
        JsonNode schema = media.path("schema");
        JsonNode example = media.has("example")
                ? media.get("example")
                : media.path("examples").size() > 0
                        ? media.get("examples").elements().next().path("value")
                        : null;
        if (example != null
                && schema.path("oneOf").isEmpty()
                && schema.path("anyOf").isEmpty()) {
            if (exampleConforms == null) {
                exampleConforms = conforms(status, example);
            }
            if (exampleConforms) {
                return values.fresh(example.deepCopy(), null);
            }
        }
        return values.value(schema, null);
    }

    private boolean conforms(int status, JsonNode body) {
        SimpleResponse response = SimpleResponse.Builder.status(status)
                .withContentType(JSON)
                .withBody(body.toString())
                .build();
        return description
                .validator()
                .validateResponse(path.template(), Method.valueOf(method), response)
                .getMessages()
                .stream()
                .noneMatch(message -> message.getLevel() == ValidationReport.Level.ERROR);
    }

    /** The status of a validation error: the first the description documents of 400, 422 and 420; else 400. */
    private int validationStatus() {
        for (String status : List.of("400", "422", "420")) {
            if (operation.path("responses").has(status)) {
                return Integer.parseInt(status);
            }
        }
        return 400;
    }

    /**
     * An error of {@code status} in the shape the description documents for it (or, when it documents none, for a
     * 401 of the same operation), its words replaced by {@code detail} or the violations; an RFC 7807 problem when
     * the operation documents no error body at all, as Vonage's API errors page has for every newer API.
     */
    private ErrorStyle.Error described(int status, String detail, List<Violation> violations) {
        String words = detail != null
                ? detail
                : "the request does not match the API's description: " + ErrorStyle.sentences(violations);
        JsonNode responses = operation.path("responses");
        String code = String.valueOf(status);
        if (responses.has(code) && responses.get(code).path("content").isEmpty()) {
            return new ErrorStyle.Error(status, null, null, words);
        }
        JsonNode documented = responses.has(code) ? responses.get(code) : responses.path("401");
        String mediaType = documented.path("content").has(JSON) ? JSON : PROBLEM;
        JsonNode schema = documented.path("content").path(mediaType).path("schema");
        JsonNode generated = schema.isMissingNode() ? null : values.value(schema, null);
        ObjectNode body;
        if (generated != null && generated.isObject() && generated.size() > 0) {
            body = (ObjectNode) generated;
        } else {
            body = problem(status);
            mediaType = PROBLEM;
        }
        for (String member : TEXT_MEMBERS) {
            if (body.has(member)) {
                body.put(member, words);
            }
        }
        if (body.has("error-code")) {
            body.put("error-code", code);
        }
        if (body.has("code") && body.get("code").isTextual()) {
            body.put("code", code);
        }
        if (body.has("instance")) {
            body.put("instance", UUID.randomUUID().toString());
        }
        if (!violations.isEmpty() && body.has("invalid_parameters")) {
            if (body.get("invalid_parameters").isObject()) {
                ObjectNode invalid = body.putObject("invalid_parameters");
                violations.forEach(violation -> invalid.put(name(violation), violation.reason()));
            } else {
                ArrayNode invalid = body.putArray("invalid_parameters");
                violations.forEach(violation ->
                        invalid.addObject().put("name", name(violation)).put("reason", violation.reason()));
            }
        }
        return new ErrorStyle.Error(status, body, mediaType, words);
    }

    private static String name(Violation violation) {
        return violation.member() == null ? "request" : violation.member();
    }

    /** An RFC 7807 problem of Vonage's generic errors (https://developer.vonage.com/en/api-errors). */
    private static ObjectNode problem(int status) {
        String code =
                switch (status) {
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    default -> "invalid-params";
                };
        ObjectNode problem = ErrorStyle.NODES
                .objectNode()
                .put("type", "https://developer.nexmo.com/api-errors#" + code)
                .put(
                        "title",
                        switch (status) {
                            case 401 -> "Unauthorized";
                            case 403 -> "Forbidden";
                            default -> "Bad Request";
                        })
                .put("detail", "")
                .put("instance", "");
        if (status != 401 && status != 403) {
            problem.putArray("invalid_parameters");
        }
        return problem;
    }

    private static ResponseDefinition json(ErrorStyle.Error error) {
        ResponseDefinitionBuilder builder =
                ResponseDefinitionBuilder.responseDefinition().withStatus(error.status());
        if (error.body() != null) {
            builder.withHeader("Content-Type", error.mediaType())
                    .withBody(error.body().toString());
        }
        if (error.detail() != null) {
            String line = error.detail().replaceAll("[\\r\\n]+", " ");
            builder.withHeader(DETAIL_HEADER, line.length() > 1000 ? line.substring(0, 1000) : line);
        }
        return builder.build();
    }
}
