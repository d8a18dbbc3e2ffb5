package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * What an application's {@code capabilities.voice} says about its webhooks: the answer, fallback answer and event
 * URLs with their methods and timeouts, and {@code signed_callbacks}. Timeouts the application does not set take
 * Vonage's defaults (application technical details, "webhook timeouts"): 1 s to connect; 5 s for an answer and 10 s
 * for an event once connected.
 *
 * @param answer         the application's answer URL, or {@code null}
 * @param fallbackAnswer its fallback answer URL, or {@code null}
 * @param event          its event URL, or {@code null}
 * @param signed         whether its webhooks are signed
 * @param answerTimeouts the connection and socket timeouts for answer webhooks
 * @param eventTimeouts  the same for event webhooks
 */
record VoiceSettings(
        WebhookTarget answer,
        WebhookTarget fallbackAnswer,
        WebhookTarget event,
        boolean signed,
        Timeouts answerTimeouts,
        Timeouts eventTimeouts) {

    /** How long to wait for a connection, and then for the answer. */
    record Timeouts(Duration connection, Duration socket) {}

    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1000);
    static final Duration ANSWER_SOCKET_TIMEOUT = Duration.ofMillis(5000);
    static final Duration EVENT_SOCKET_TIMEOUT = Duration.ofMillis(10000);

    /** The settings in an application's {@code capabilities} object (which may be null). */
    static VoiceSettings of(JsonNode capabilities) {
        JsonNode voice = capabilities == null ? null : capabilities.get("voice");
        JsonNode webhooks = voice == null ? null : voice.get("webhooks");
        return new VoiceSettings(
                target(webhooks, "answer_url", "GET", ANSWER_SOCKET_TIMEOUT),
                target(webhooks, "fallback_answer_url", "GET", ANSWER_SOCKET_TIMEOUT),
                target(webhooks, "event_url", "POST", EVENT_SOCKET_TIMEOUT),
                voice != null && voice.path("signed_callbacks").asBoolean(false),
                timeouts(webhooks == null ? null : webhooks.get("answer_url"), ANSWER_SOCKET_TIMEOUT),
                timeouts(webhooks == null ? null : webhooks.get("event_url"), EVENT_SOCKET_TIMEOUT));
    }

    /** A target at {@code url} by {@code method} with {@code timeouts}. */
    static WebhookTarget at(String url, String method, Timeouts timeouts) {
        return new WebhookTarget(url, method, timeouts.connection(), timeouts.socket());
    }

    /** The application's webhook {@code name}, or null when it has no address. */
    private static WebhookTarget target(JsonNode webhooks, String name, String defaultMethod, Duration socketTimeout) {
        JsonNode webhook = webhooks == null ? null : webhooks.get(name);
        String address = webhook == null ? null : webhook.path("address").asText(null);
        if (address == null || address.isBlank()) {
            return null;
        }
        String method = webhook.path("http_method").asText(defaultMethod);
        return at(address, method.equals("POST") ? "POST" : "GET", timeouts(webhook, socketTimeout));
    }

    private static Timeouts timeouts(JsonNode webhook, Duration socketTimeout) {
        return new Timeouts(
                millis(webhook, "connection_timeout", CONNECTION_TIMEOUT),
                millis(webhook, "socket_timeout", socketTimeout));
    }

    private static Duration millis(JsonNode webhook, String name, Duration absent) {
        JsonNode value = webhook == null ? null : webhook.get(name);
        return value != null && value.canConvertToInt() ? Duration.ofMillis(value.asInt()) : absent;
    }
}
