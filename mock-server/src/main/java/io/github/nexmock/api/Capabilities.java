package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Checks an application's {@code capabilities} object loosely enough to keep whatever a client sends exactly as given
 * ({@code voice}, {@code rtc}, {@code messages}, {@code vbc}, {@code verify}, {@code network_apis}, ...), and strictly
 * enough that webhooks have the types Nexmo requires.
 */
final class Capabilities {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST");

    private Capabilities() {
    }

    /** Records every type problem of {@code capabilities} in the reader. */
    static void check(ObjectNode capabilities, BodyReader reader) {
        for (Map.Entry<String, JsonNode> member : capabilities.properties()) {
            String name = "capabilities." + member.getKey();
            ObjectNode capability = reader.object(name, member.getValue());
            if (capability != null && capability.has("webhooks")) {
                ObjectNode webhooks = reader.object(name + ".webhooks", capability.get("webhooks"));
                if (webhooks != null) {
                    checkWebhooks(name + ".webhooks", webhooks, reader);
                }
            }
        }
    }

    private static void checkWebhooks(String prefix, ObjectNode webhooks, BodyReader reader) {
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
            if (method != null && !(method.isTextual() && HTTP_METHODS.contains(method.textValue()))) {
                reader.invalid(name + ".http_method", "must be GET or POST");
            }
            for (String timeout : new String[] {"connection_timeout", "socket_timeout"}) {
                JsonNode value = webhook.get(timeout);
                if (value != null && !value.isIntegralNumber()) {
                    reader.invalid(name + "." + timeout, "must be an integer (milliseconds)");
                }
            }
        }
    }
}
