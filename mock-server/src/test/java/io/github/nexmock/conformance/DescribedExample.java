package io.github.nexmock.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body built from a described schema with every property it names, each taking the value the description
 * gives as its example (or default), or the edge of its described range: so the conformance test sends what a client
 * generated from the description may send, members the mock might forget included.
 */
final class DescribedExample {

    /** Which value each member takes. */
    enum Variant {
        /** The description's example, else its default, else the first enum value or the minimum. */
        EXAMPLES,
        /** The described minimum and the first enum value, where given; else as {@link #EXAMPLES}. */
        LOWEST,
        /** The described maximum and the last enum value, where given; else as {@link #EXAMPLES}. */
        HIGHEST,
        /** Only the members the schema requires, each as in {@link #EXAMPLES}. */
        REQUIRED_ONLY
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DescribedExample() {}

    /** The body for a schema whose {@code $ref}s are already inlined. */
    static JsonNode of(JsonNode schema, Variant variant) {
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            schema.get("allOf").forEach(part -> {
                JsonNode value = of(part, variant);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                }
            });
            return merged;
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(choice)) {
                JsonNode options = schema.get(choice);
                return of(options.get(variant == Variant.HIGHEST ? options.size() - 1 : 0), variant);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, variant);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(of(schema.path("items"), variant));
                yield array;
            }
            case "integer", "number" -> number(schema, variant);
            case "boolean" ->
                schema.has("example")
                        ? schema.get("example")
                        : schema.has("default") ? schema.get("default") : NODES.booleanNode(variant != Variant.LOWEST);
            default -> text(schema, variant);
        };
    }

    private static ObjectNode object(JsonNode schema, Variant variant) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> {
            if (variant != Variant.REQUIRED_ONLY || required.contains(property.getKey())) {
                object.set(property.getKey(), of(property.getValue(), variant));
            }
        });
        return object;
    }

    private static JsonNode number(JsonNode schema, Variant variant) {
        if (variant == Variant.LOWEST && schema.has("minimum")) {
            return schema.get("minimum");
        }
        if (variant == Variant.HIGHEST && schema.has("maximum")) {
            return schema.get("maximum");
        }
        for (String given : new String[] {"example", "default", "minimum"}) {
            if (schema.path(given).isNumber()) {
                return schema.get(given);
            }
        }
        return NODES.numberNode(1);
    }

    private static JsonNode text(JsonNode schema, Variant variant) {
        JsonNode values = schema.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            if (variant == Variant.HIGHEST) {
                return values.get(values.size() - 1);
            }
            if (variant == Variant.EXAMPLES && schema.has("example")) {
                return schema.get("example");
            }
            return values.get(0);
        }
        for (String given : new String[] {"example", "default"}) {
            if (schema.path(given).isTextual()) {
                return schema.get(given);
            }
        }
        return NODES.textNode("example");
    }
}
