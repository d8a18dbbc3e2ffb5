package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.webhook.WebhookTarget;
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
        WebhookTarget answerTimeouts,
        WebhookTarget eventTimeouts) {

    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1000);
    static final Duration ANSWER_SOCKET_TIMEOUT = Duration.ofMillis(5000);
    static final Duration EVENT_SOCKET_TIMEOUT = Duration.ofMillis(10000);

    /** The settings in an application's {@code capabilities} object (which may be null). */
    static VoiceSettings of(JsonNode capabilities) {
        JsonNode voice = capabilities == null ? null : capabilities.get("voice");
        JsonNode webhooks = voice == null ? null : voice.get("webhooks");
        WebhookTarget answerTimeouts = target(webhooks, "answer_url", "GET", ANSWER_SOCKET_TIMEOUT, true);
        WebhookTarget eventTimeouts = target(webhooks, "event_url", "POST", EVENT_SOCKET_TIMEOUT, true);
        return new VoiceSettings(
                target(webhooks, "answer_url", "GET", ANSWER_SOCKET_TIMEOUT, false),
                target(webhooks, "fallback_answer_url", "GET", ANSWER_SOCKET_TIMEOUT, false),
                target(webhooks, "event_url", "POST", EVENT_SOCKET_TIMEOUT, false),
                voice != null && voice.path("signed_callbacks").asBoolean(false),
                answerTimeouts,
                eventTimeouts);
    }

    /** A target at {@code url} by {@code method} with the timeouts of {@code timeouts}. */
    static WebhookTarget at(String url, String method, WebhookTarget timeouts) {
        return new WebhookTarget(url, method, timeouts.connectionTimeout(), timeouts.socketTimeout());
    }

    private static WebhookTarget target(
            JsonNode webhooks, String name, String defaultMethod, Duration socketTimeout, boolean anyAddress) {
        JsonNode webhook = webhooks == null ? null : webhooks.get(name);
        String address = webhook == null ? null : webhook.path("address").asText(null);
        if (!anyAddress && (address == null || address.isBlank())) {
            return null;
        }
        String method =
                webhook == null ? defaultMethod : webhook.path("http_method").asText(defaultMethod);
        return new WebhookTarget(
                anyAddress ? "http://unused" : address,
                method.equals("POST") ? "POST" : "GET",
                millis(webhook, "connection_timeout", CONNECTION_TIMEOUT),
                millis(webhook, "socket_timeout", socketTimeout));
    }

    private static Duration millis(JsonNode webhook, String name, Duration absent) {
        JsonNode value = webhook == null ? null : webhook.get(name);
        return value != null && value.canConvertToInt() ? Duration.ofMillis(value.asInt()) : absent;
    }
}
