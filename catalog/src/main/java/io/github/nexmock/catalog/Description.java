package io.github.nexmock.catalog;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Nexmo's published OpenAPI descriptions as the catalogue serves it: every path carries its server's path in
 * front ({@code https://rest.nexmo.com/sms} + {@code /{format}} = {@code /sms/{format}}), the Media API's
 * {@code /:id} segments are spelt {@code /{id}} as OpenAPI templates are (with {@code id} declared a path parameter,
 * which that description leaves out), local {@code $ref}s are inlined (the files point into responses, parameters
 * and other paths, where the validator resolves only schemas), and {@code discriminator}s are dropped (with their
 * mappings inlined they send the validator round an {@code allOf} for ever; {@code oneOf} and {@code allOf} alone
 * still decide), {@code allOf}s of plain object schemas are merged into one (see {@link #merged}), and values
 * repeated in an array ({@code required}, {@code enum}) are listed once, and members a schema requires but
 * declares nowhere are not required (see {@link #pruneRequired}) (the Messages
 * description repeats some, which JSON Schema forbids and the validator refuses to load). Nothing else of the
 * description is changed.
 */
final class Description {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COLON_PARAMETER = Pattern.compile("/:([A-Za-z_]+)");

    /**
     * The validator treats a schema without {@code additionalProperties} as closed; OpenAPI 3.0 leaves it open. The
     * catalogue authenticates requests itself (with nexmock's verifiers), so the validator's own security check is
     * off.
     */
    static final LevelResolver OPENAPI_DEFAULTS = LevelResolver.create()
            .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .build();

    private final String file;
    private final ObjectNode document;
    private volatile OpenApiInteractionValidator validator;

    private Description(String file, ObjectNode document) {
        this.file = file;
        this.document = document;
    }

    /** Reads a description, {@code file} naming it. */
    static Description read(String file, byte[] json) {
        try {
            return new Description(file, prepared((ObjectNode) JSON.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI description " + file, e);
        }
    }

    /** The file name, e.g. {@code sms.json}. */
    String file() {
        return file;
    }

    /** {@code sms.json (SMS API 1.2.0)}: the file, the API's title and the description's version. */
    String label() {
        JsonNode info = document.path("info");
        return file + " (" + info.path("title").asText() + " "
                + info.path("version").asText() + ")";
    }

    /** The API's title, e.g. {@code SMS API}. */
    String title() {
        return document.path("info").path("title").asText();
    }

    /** The prepared document: paths as served, refs inlined. */
    ObjectNode document() {
        return document;
    }

    /**
     * The validator of requests and responses against this description, built at the first request to its API:
     * building one parses the description again into swagger's model, most of the catalogue's load, which an API
     * nobody calls never pays.
     */
    OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    built = OpenApiInteractionValidator.createForInlineApiSpecification(document.toString())
                            .withLevelResolver(OPENAPI_DEFAULTS)
                            .build();
                    validator = built;
                }
            }
        }
        return built;
    }

    private static ObjectNode prepared(ObjectNode original) {
        ObjectNode document = (ObjectNode) inlined(original, original, 0);
        pruneRequired(document, false);
        String serverPath = URI.create(
                        document.path("servers").path(0).path("url").asText("/"))
                .getPath();
        String prefix = serverPath.endsWith("/") ? serverPath.substring(0, serverPath.length() - 1) : serverPath;
        ObjectNode paths = JSON.createObjectNode();
        document.path("paths").properties().forEach(path -> {
            String template = path.getKey().equals("/") ? "" : path.getKey();
            if (template.contains("/:")) {
                template = colonParameters(template, (ObjectNode) path.getValue());
            }
            paths.set(prefix + template, path.getValue());
        });
        document.set("paths", paths);
        ArrayNode servers = document.putArray("servers");
        servers.addObject().put("url", "/");
        return document;
    }

    /** {@code /:id/info} spelt {@code /{id}/info}, {@code id} declared a path parameter of the path item. */
    private static String colonParameters(String template, ObjectNode item) {
        Matcher colon = COLON_PARAMETER.matcher(template);
        while (colon.find()) {
            item.withArray("parameters")
                    .addObject()
                    .put("name", colon.group(1))
                    .put("in", "path")
                    .put("required", true)
                    .putObject("schema")
                    .put("type", "string");
        }
        return COLON_PARAMETER.matcher(template).replaceAll("/{$1}");
    }

    /**
     * A schema whose {@code allOf} parts are plain objects, as one object schema: their properties and required
     * members together. The validator closes each part, so an instance with the members of two parts would match
     * neither; merged, it is checked as OpenAPI means it.
     */
    private static ObjectNode merged(ObjectNode schema) {
        JsonNode parts = schema.get("allOf");
        if (parts == null || !parts.isArray()) {
            return schema;
        }
        for (JsonNode part : parts) {
            if (!part.isObject()
                    || part.has("oneOf")
                    || part.has("anyOf")
                    || part.has("allOf")
                    || part.has("type") && !part.get("type").asText().equals("object")) {
                return schema;
            }
        }
        ObjectNode merged = schema.deepCopy();
        merged.remove("allOf");
        merged.put("type", "object");
        ObjectNode properties = merged.withObject("properties");
        Set<String> required = new LinkedHashSet<>();
        merged.path("required").forEach(name -> required.add(name.asText()));
        for (JsonNode part : parts) {
            part.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            part.path("required").forEach(name -> required.add(name.asText()));
            part.properties().forEach(p -> {
                if (!Set.of("properties", "required", "type").contains(p.getKey()) && !merged.has(p.getKey())) {
                    merged.set(p.getKey(), p.getValue());
                }
            });
        }
        if (!required.isEmpty()) {
            ArrayNode list = merged.putArray("required");
            required.forEach(list::add);
        }
        return merged;
    }

    /**
     * Drops from each object schema (but the parts of an {@code allOf}, which others complete) the members it
     * requires but declares nowhere: the Messages description requires a {@code message} member that none of its
     * channels declares and no SDK sends, which would refuse every message.
     */
    private static void pruneRequired(JsonNode node, boolean allOfPart) {
        if (node.isObject()) {
            ObjectNode schema = (ObjectNode) node;
            if (!allOfPart
                    && schema.has("properties")
                    && schema.path("required").isArray()) {
                ArrayNode kept = JSON.createArrayNode();
                schema.get("required").forEach(name -> {
                    if (schema.get("properties").has(name.asText())) {
                        kept.add(name);
                    }
                });
                schema.set("required", kept);
            }
            schema.properties().forEach(member -> {
                if (member.getKey().equals("allOf")) {
                    member.getValue().forEach(part -> pruneRequired(part, true));
                } else {
                    pruneRequired(member.getValue(), false);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> pruneRequired(item, false));
        }
    }

    /** A copy of {@code node} with every local {@code $ref} replaced by what it points to. */
    private static JsonNode inlined(JsonNode node, JsonNode root, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("$refs nested deeper than 64: a recursive schema");
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
                if (!member.getKey().equals("discriminator")) {
                    copy.set(member.getKey(), inlined(member.getValue(), root, depth + 1));
                }
            }
            return merged(copy);
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            Set<JsonNode> seen = new HashSet<>();
            node.forEach(item -> {
                JsonNode inlined = inlined(item, root, depth + 1);
                if (!inlined.isValueNode() || seen.add(inlined)) {
                    copy.add(inlined);
                }
            });
            return copy;
        }
        return node;
    }
}
