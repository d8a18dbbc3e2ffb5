package io.github.nexmock.voice;

import java.time.Instant;

/**
 * One attempt to deliver a webhook, as the delivery log keeps it: never the secret nor the token.
 *
 * @param time     when it was sent, by the mock's clock
 * @param kind     {@code answer}, {@code event}, ...
 * @param subject  the call it is about
 * @param applicationId the application it was sent for
 * @param method   {@code GET} or {@code POST}
 * @param url      where it went (for GET without the query string)
 * @param attempt  1 for the first, 2 for the retry
 * @param status   the HTTP status the application answered, or 0 when none came
 * @param error    why no answer came (timeout, refused connection), or {@code null}
 * @param signed   whether it carried a signed token
 * @param defect   the deliberate defect it carried, or {@code null}
 * @param payload  the JSON payload as sent (for GET, the query parameters as a JSON object)
 * @param response the application's answer body (at most 64 KiB), or {@code null}
 */
public record Delivery(
        Instant time,
        String kind,
        String subject,
        String applicationId,
        String method,
        String url,
        int attempt,
        int status,
        String error,
        boolean signed,
        WebhookDefect defect,
        String payload,
        String response) {

    /** Whether the application answered with a 2xx status. */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
