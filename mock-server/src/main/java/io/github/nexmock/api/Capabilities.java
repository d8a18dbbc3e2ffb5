package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an application's {@code capabilities} object loosely enough to keep whatever a client sends exactly as given
 * ({@code voice}, {@code rtc}, {@code messages}, {@code vbc}, {@code verify}, {@code network_apis}, ...), and strictly
 * enough that webhooks have the types and bounds Nexmo requires: timeouts within Nexmo's limits, messages webhooks
 * POSTed, and {@code vbc} an empty object.
 */
final class Capabilities {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST");
    private static final Set<String> POST_ONLY = Set.of("POST");

    private static final List<Timeout> TIMEOUTS = List.of(new Timeout("connection_timeout", 300, 1000),
            new Timeout("socket_timeout", 1000, 5000));

    private Capabilities() {
    }

    /** Records every problem of {@code capabilities} in the reader. */
    static void check(ObjectNode capabilities, BodyReader reader) {
        for (Map.Entry<String, JsonNode> member : capabilities.properties()) {
            String name = "capabilities." + member.getKey();
            ObjectNode capability = reader.object(name, member.getValue());
            if (capability != null && member.getKey().equals("vbc") && !capability.isEmpty()) {
                reader.invalid(name, "must be an empty object");
            }
            if (capability != null && capability.has("webhooks")) {
                ObjectNode webhooks = reader.object(name + ".webhooks", capability.get("webhooks"));
                if (webhooks != null) {
                    checkWebhooks(name + ".webhooks", webhooks,
                            member.getKey().equals("messages") ? POST_ONLY : HTTP_METHODS, reader);
                }
            }
        }
    }

    private static void checkWebhooks(String prefix, ObjectNode webhooks, Set<String> methods, BodyReader reader) {
        for (Map.Entry<String, JsonNode> member : webhooks.properties()) {
            String name = prefix + "." + member.getKey();
            ObjectNode webhook = reader.object(name, member.getValue());
            if (webhook == null) {
                continue;
            }
            JsonNode address = webhook.get("address");
            if (address != null && !(address.isTextual() && !address.textValue().isBlank())) {
                reader.invalid(name + ".address", "must be a non-blank string (a URL)");
            }
            JsonNode method = webhook.get("http_method");
            if (method != null && !(method.isTextual() && methods.contains(method.textValue()))) {
                reader.invalid(name + ".http_method", "must be one of: " + String.join(", ", methods.stream()
                        .sorted().toList()));
            }
            for (Timeout timeout : TIMEOUTS) {
                JsonNode value = webhook.get(timeout.name());
                if (value != null && !timeout.allows(value)) {
                    reader.invalid(name + "." + timeout.name(), "must be an integer from " + timeout.min() + " to "
                            + timeout.max() + " (milliseconds)");
                }
            }
        }
    }

    /** A webhook timeout member and the bounds Nexmo accepts for it, in milliseconds. */
    private record Timeout(String name, int min, int max) {

        boolean allows(JsonNode value) {
            return value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= min
                    && value.intValue() <= max;
        }
    }
}
