package io.github.nexmock.catalog;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.nexmock.api.BodyFormats;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request checked against its description with Atlassian's swagger-request-validator: required parameters and
 * members, types, formats, enums, content type. Credential members ({@code api_key}, {@code api_secret}, {@code sig})
 * are left out of what it reports: nexmock's verifiers have checked them already, and no report may quote one.
 */
final class RequestCheck {

    /** Members that carry credentials: never validated here, never quoted. */
    static final Set<String> CREDENTIALS = Set.of("api_key", "api_secret", "sig");

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern REQUIRED = Pattern.compile("\\(\\[(.*)]\\)");

    private RequestCheck() {}

    /** The request's violations of its operation in {@code validator}'s description; empty when it conforms. */
    static List<Violation> violations(
            OpenApiInteractionValidator validator, JsonNode operation, Request request, String path) {
        SimpleRequest.Builder simple =
                new SimpleRequest.Builder(request.getMethod().getName(), path);
        byte[] body = request.getBody();
        String contentType = request.getHeader("Content-Type");
        String mediaType = contentType == null ? "" : BodyFormats.mediaType(contentType);
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode formSchema = content.path(FORM).path("schema");
        // the SDKs send JSON to the operations described as form-encoded (@vonage/sms and @vonage/verify 3.x do),
        // and the platform takes it: the same members, read from either
        boolean formOnly = content.size() == 1 && !formSchema.isMissingNode();
        boolean form =
                !formSchema.isMissingNode() && (mediaType.equals(FORM) || formOnly && BodyFormats.isJson(mediaType));
        for (String header : List.of("Content-Type", "Accept")) {
            if (request.containsHeader(header) && !(form && header.equals("Content-Type"))) {
                simple.withHeader(header, request.getHeaders().getHeader(header).values());
            }
        }
        String url = request.getUrl();
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                simple.withQueryParam(name, value);
            }
        }
        if (body != null && body.length > 0 && !form) {
            simple.withBody(body);
        }
        ValidationReport report = validator.validateRequest(simple.build());
        List<Violation> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                    && !(form && message.getKey().equals("validation.request.body.missing"))) {
                violation(message).ifPresent(violations::add);
            }
        }
        if (form) {
            byte[] members = body == null ? new byte[0] : body;
            violations.addAll(FormCheck.violations(
                    formSchema,
                    mediaType.equals(FORM)
                            ? BodyFormats.decodeForm(new String(members, StandardCharsets.UTF_8))
                            : BodyFormats.jsonScalars(members)));
        }
        return violations;
    }

    private static Optional<Violation> violation(ValidationReport.Message message) {
        String key = message.getKey();
        String text = message.getMessage();
        var context = message.getContext();
        if (key.startsWith("validation.request.parameter")) {
            String name =
                    context.flatMap(c -> c.getParameter()).map(p -> p.getName()).orElse(null);
            if (name != null && CREDENTIALS.contains(name)) {
                return Optional.empty();
            }
            return Optional.of(new Violation(name, text, key.endsWith(".missing")));
        }
        if (key.equals("validation.request.body.missing")) {
            return Optional.of(new Violation("body", text, true));
        }
        if (key.startsWith("validation.request.body.schema")) {
            String at = context.flatMap(c -> c.getPointers())
                    .map(pointers -> pointers.getInstance())
                    .orElse("/");
            String parent = at.replaceAll("^/", "").replace('/', '.');
            if (key.endsWith(".required")) {
                Matcher names = REQUIRED.matcher(text);
                List<String> missing = names.find()
                        ? Arrays.stream(names.group(1).split(","))
                                .map(name -> name.strip().replace("\"", ""))
                                .filter(name -> !CREDENTIALS.contains(name))
                                .toList()
                        : List.of();
                if (missing.isEmpty()) {
                    return Optional.empty();
                }
                String member = (parent.isEmpty() ? "" : parent + ".") + missing.get(0);
                return Optional.of(
                        new Violation(member, "required but missing (" + String.join(", ", missing) + ")", true));
            }
            String first = parent.contains(".") ? parent.substring(0, parent.indexOf('.')) : parent;
            if (CREDENTIALS.contains(first)) {
                return Optional.empty();
            }
            return Optional.of(new Violation(parent.isEmpty() ? null : parent, text, false));
        }
        if (key.startsWith("validation.request.contentType") || key.startsWith("validation.request.accept")) {
            return Optional.of(new Violation(
                    key.startsWith("validation.request.accept") ? "Accept" : "Content-Type", text, false));
        }
        return Optional.of(new Violation(null, text, false));
    }
}
