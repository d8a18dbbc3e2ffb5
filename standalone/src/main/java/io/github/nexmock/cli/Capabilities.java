package io.github.nexmock.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.state.Capability;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the {@code capabilities} object of an Application API v2 request from {@code app:create}'s arguments, the way
 * nexmo-cli maps its {@code --type} and positional URLs: voice takes ANSWER_URL (GET) and EVENT_URL (POST), rtc takes
 * EVENT_URL, messages takes ANSWER_URL as inbound and EVENT_URL as status URL, vbc takes none.
 * Without URLs a capability is sent with no webhooks.
 */
final class Capabilities {

    /** The capabilities {@code --type} and {@code --capabilities} accept: nexmo-cli's types. */
    static final List<Capability> TYPES =
            List.of(Capability.VOICE, Capability.RTC, Capability.MESSAGES, Capability.VBC);

    private Capabilities() {}

    /**
     * The capabilities object for the given names.
     *
     * @throws CliException for an unknown name
     */
    static ObjectNode of(List<String> names, String answerUrl, String eventUrl) {
        ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
        for (String raw : names) {
            Capability type = Capability.named(raw.strip().toLowerCase(Locale.ROOT))
                    .filter(TYPES::contains)
                    .orElseThrow(() -> new CliException("unknown capability '" + raw + "'; use "
                            + TYPES.stream().map(Capability::apiName).collect(Collectors.joining(", "))));
            ObjectNode capability = capabilities.putObject(type.apiName());
            switch (type) {
                case VOICE -> {
                    webhook(capability, "answer_url", answerUrl, "GET");
                    webhook(capability, "event_url", eventUrl, "POST");
                }
                case RTC -> webhook(capability, "event_url", eventUrl, "POST");
                case MESSAGES -> {
                    webhook(capability, "inbound_url", answerUrl, "POST");
                    webhook(capability, "status_url", eventUrl, "POST");
                }
                case VBC, VERIFY, MEETINGS, NETWORK_APIS -> {}
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
