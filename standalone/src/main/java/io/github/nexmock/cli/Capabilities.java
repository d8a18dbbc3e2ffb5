package io.github.nexmock.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.state.ApplicationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@code capabilities} object of an Application API v2 request from {@code app:create}'s arguments, the way
 * nexmo-cli maps its {@code --type} and positional URLs onto the webhooks of the {@link ApplicationType}: the last
 * takes EVENT_URL and the one before it ANSWER_URL (voice: answer and event, messages: inbound and status, rtc:
 * event), each with v1's default method; vbc takes none. Without URLs a capability is sent with no webhooks.
 */
final class Capabilities {

    /** The capabilities {@code --type} and {@code --capabilities} accept: nexmo-cli's types. */
    static final List<String> TYPES = types();

    private Capabilities() {}

    /**
     * The capabilities object for the given names.
     *
     * @throws CliException for an unknown name
     */
    static ObjectNode of(List<String> names, String answerUrl, String eventUrl) {
        ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (!TYPES.contains(name)) {
                throw new CliException("unknown capability '" + raw + "'; use " + String.join(", ", TYPES));
            }
            ObjectNode capability = capabilities.putObject(name);
            Map<String, String> webhooks =
                    ApplicationType.named(name).map(ApplicationType::webhooks).orElse(Map.of());
            int after = webhooks.size();
            for (Map.Entry<String, String> webhook : webhooks.entrySet()) {
                after--;
                webhook(capability, webhook.getKey(), after == 0 ? eventUrl : answerUrl, webhook.getValue());
            }
        }
        return capabilities;
    }

    private static List<String> types() {
        List<String> types = new ArrayList<>();
        for (ApplicationType type : ApplicationType.values()) {
            types.add(type.apiName());
        }
        types.add("vbc");
        return List.copyOf(types);
    }

    private static void webhook(ObjectNode capability, String name, String address, String method) {
        if (address != null) {
            ObjectNode webhook = capability.withObjectProperty("webhooks").putObject(name);
            webhook.put("address", address);
            webhook.put("http_method", method);
        }
    }
}
