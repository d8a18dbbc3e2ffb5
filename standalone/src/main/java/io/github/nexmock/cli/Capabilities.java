package io.github.nexmock.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * Builds the {@code capabilities} object of an Application API v2 request from {@code app:create}'s arguments, the way
 * nexmo-cli maps its {@code --type} and positional URLs: voice takes ANSWER_URL (GET) and EVENT_URL (POST), rtc takes
 * EVENT_URL, messages takes ANSWER_URL as inbound and EVENT_URL as status URL, vbc takes none.
 * Without URLs a capability is sent with no webhooks.
 */
final class Capabilities {

    /** The capability names {@code --type} and {@code --capabilities} accept. */
    static final List<String> NAMES = List.of("voice", "rtc", "messages", "vbc");

    private Capabilities() {
    }

    /**
     * The capabilities object for the given names.
     *
     * @throws CliException for an unknown name
     */
    static ObjectNode of(List<String> names, String answerUrl, String eventUrl) {
        ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            ObjectNode capability = capabilities.putObject(name);
            switch (name) {
                case "voice" -> {
                    webhook(capability, "answer_url", answerUrl, "GET");
                    webhook(capability, "event_url", eventUrl, "POST");
                }
                case "rtc" -> webhook(capability, "event_url", eventUrl, "POST");
                case "messages" -> {
                    webhook(capability, "inbound_url", answerUrl, "POST");
                    webhook(capability, "status_url", eventUrl, "POST");
                }
                case "vbc" -> {
                }
                default -> throw new CliException("unknown capability '" + raw + "'; use " + String.join(", ", NAMES));
            }
        }
        return capabilities;
    }

    private static void webhook(ObjectNode capability, String name, String address, String method) {
        if (address != null) {
            ObjectNode webhook = capability.withObjectProperty("webhooks").putObject(name);
            webhook.put("address", address);
            webhook.put("http_method", method);
        }
    }
}
