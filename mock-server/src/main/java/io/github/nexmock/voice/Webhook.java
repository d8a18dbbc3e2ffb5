package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One webhook to send.
 *
 * @param kind    what it is, e.g. {@code answer} or {@code event}
 * @param subject what it is about (a call's uuid): webhooks of one subject are sent one after the other, in order
 * @param applicationId the application it is sent for
 * @param target  where and how
 * @param payload the members, in the order they are sent
 * @param signing who signs it, or {@code null} when the application does not sign its callbacks
 */
public record Webhook(
        String kind,
        String subject,
        String applicationId,
        WebhookTarget target,
        ObjectNode payload,
        WebhookSigning signing) {

    /** Checks the members and copies the payload. */
    public Webhook {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(target, "target");
        payload = Objects.requireNonNull(payload, "payload").deepCopy();
    }

    /** A copy of the payload. */
    @Override
    public ObjectNode payload() {
        return payload.deepCopy();
    }
}
