package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks an application's {@code capabilities} object loosely enough to keep whatever a client sends exactly as given
 * ({@code voice}, {@code rtc}, {@code messages}, {@code vbc}, {@code verify}, {@code meetings}, {@code network_apis},
 * ...), and strictly enough that every member Nexmo's Application API v2 description (2.1.4) or the Vonage Java SDK
 * types has that type and stays within the bounds the description states. Members neither of them names are kept
 * unchecked: the mock must not refuse what Nexmo would take.
 */
final class Capabilities {

    private static final List<String> GET_POST = List.of("GET", "POST");
    private static final List<String> POST = List.of("POST");
    private static final List<String> GET_POST_PUT = List.of("GET", "POST", "PUT");

    private static final Bounds CONNECTION_TIMEOUT = new Bounds(300, 1000);
    private static final Webhook ANSWER = new Webhook(GET_POST, CONNECTION_TIMEOUT, new Bounds(1000, 5000));
    private static final Webhook EVENT = new Webhook(GET_POST, CONNECTION_TIMEOUT, new Bounds(1000, 10000));

    /** The capabilities application.v2 2.1.4 describes (the SDK adds voice's region, TTL and leg persistence). */
    private static final Map<String, Rules> KNOWN = Map.of(
            "voice",
                    new Rules(
                            Map.of("answer_url", ANSWER, "fallback_answer_url", ANSWER, "event_url", EVENT),
                            Map.of(
                                    "signed_callbacks",
                                    Member.BOOLEAN,
                                    "conversation_ttl",
                                    Member.INTEGER,
                                    "conversations_ttl",
                                    Member.INTEGER,
                                    "leg_persistence_time",
                                    Member.INTEGER,
                                    "region",
                                    Member.STRING,
                                    "payments",
                                    Member.OBJECT)),
            "rtc",
                    new Rules(
                            Map.of("event_url", Webhook.methods(GET_POST)),
                            Map.of(
                                    "signed_callbacks",
                                    Member.BOOLEAN,
                                    "leg_persistence_time",
                                    Member.integer(new Bounds(1, 31)))),
            "messages",
                    new Rules(
                            Map.of("inbound_url", Webhook.methods(POST), "status_url", Webhook.methods(POST)),
                            Map.of("version", Member.STRING)),
            "verify", new Rules(Map.of("status_url", Webhook.methods(POST)), Map.of("version", Member.oneOf("v2"))),
            "meetings",
                    new Rules(
                            Map.of(
                                    "room_changed",
                                    Webhook.methods(GET_POST_PUT),
                                    "session_changed",
                                    Webhook.methods(GET_POST_PUT),
                                    "recording_changed",
                                    Webhook.methods(GET_POST_PUT)),
                            Map.of()),
            "network_apis",
                    new Rules(
                            Map.of(), Map.of("redirect_uri", Member.STRING, "network_application_id", Member.STRING)));

    private Capabilities() {}

    /** Records every problem of {@code capabilities} in the reader. */
    static void check(ObjectNode capabilities, BodyReader reader) {
        for (Map.Entry<String, JsonNode> member : capabilities.properties()) {
            String name = "capabilities." + member.getKey();
            ObjectNode capability = reader.object(name, member.getValue());
            if (capability == null) {
                continue;
            }
            if (member.getKey().equals("vbc") && !capability.isEmpty()) {
                reader.invalid(name, "must be an empty object");
            }
            Rules known = KNOWN.getOrDefault(member.getKey(), Rules.UNKNOWN);
            for (Map.Entry<String, Member> rule : known.members().entrySet()) {
                JsonNode value = capability.get(rule.getKey());
                if (value != null
                        && !value.isNull()
                        && !rule.getValue().allows().test(value)) {
                    reader.invalid(name + "." + rule.getKey(), rule.getValue().reason());
                }
            }
            if (capability.has("webhooks")) {
                ObjectNode webhooks = reader.object(name + ".webhooks", capability.get("webhooks"));
                if (webhooks != null) {
                    checkWebhooks(name + ".webhooks", webhooks, known, reader);
                }
            }
        }
    }

    private static void checkWebhooks(String prefix, ObjectNode webhooks, Rules capability, BodyReader reader) {
        for (Map.Entry<String, JsonNode> member : webhooks.properties()) {
            String name = prefix + "." + member.getKey();
            ObjectNode webhook = reader.object(name, member.getValue());
            if (webhook == null) {
                continue;
            }
            Webhook rules = capability.webhooks().getOrDefault(member.getKey(), Webhook.ANY);
            JsonNode address = webhook.get("address");
            if (address != null && !address.isTextual()) {
                reader.invalid(name + ".address", "must be a string (a URL), got " + BodyReader.typeOf(address));
            }
            JsonNode method = webhook.get("http_method");
            if (method != null && !(method.isTextual() && rules.allowsMethod(method.textValue()))) {
                reader.invalid(name + ".http_method", "must be one of: " + String.join(", ", rules.methods()));
            }
            check(name, webhook, "connection_timeout", rules.connectionTimeout(), reader);
            check(name, webhook, "socket_timeout", rules.socketTimeout(), reader);
        }
    }

    private static void check(String webhookName, ObjectNode webhook, String member, Bounds bounds, BodyReader reader) {
        JsonNode value = webhook.get(member);
        if (value != null && bounds != null && !bounds.allows(value)) {
            reader.invalid(
                    webhookName + "." + member,
                    "must be an integer from " + bounds.min() + " to " + bounds.max() + " (milliseconds)");
        }
    }

    /** The webhooks and other members a capability is described with. */
    private record Rules(Map<String, Webhook> webhooks, Map<String, Member> members) {

        static final Rules UNKNOWN = new Rules(Map.of(), Map.of());
    }

    /** The methods a webhook may be called with and its timeout bounds; {@code null} bounds: not described. */
    private record Webhook(List<String> methods, Bounds connectionTimeout, Bounds socketTimeout) {

        /** A webhook the description does not name: any method, no bounds. */
        static final Webhook ANY = new Webhook(List.of(), null, null);

        static Webhook methods(List<String> methods) {
            return new Webhook(methods, null, null);
        }

        boolean allowsMethod(String method) {
            return methods.isEmpty() || methods.contains(method);
        }
    }

    /** A member other than {@code webhooks}: what it must be, and the reason given when it is not. */
    private record Member(Predicate<JsonNode> allows, String reason) {

        static final Member BOOLEAN = new Member(JsonNode::isBoolean, "must be a boolean");
        static final Member INTEGER =
                new Member(value -> value.isIntegralNumber() && value.canConvertToInt(), "must be an integer");
        static final Member STRING = new Member(JsonNode::isTextual, "must be a string");
        static final Member OBJECT = new Member(JsonNode::isObject, "must be an object");

        static Member integer(Bounds bounds) {
            return new Member(bounds::allows, "must be an integer from " + bounds.min() + " to " + bounds.max());
        }

        static Member oneOf(String... values) {
            List<String> allowed = List.of(values);
            return new Member(
                    value -> value.isTextual() && allowed.contains(value.textValue()),
                    "must be one of: " + String.join(", ", allowed));
        }
    }

    /** Inclusive integer bounds. */
    private record Bounds(int min, int max) {

        boolean allows(JsonNode value) {
            return value.isIntegralNumber()
                    && value.canConvertToInt()
                    && value.intValue() >= min
                    && value.intValue() <= max;
        }
    }
}
