package io.github.nexmock.junit5;

import io.github.nexmock.voice.Delivery;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tells what webhooks the mock sent during a failed test, beside its refusals: each attempt's kind, method, URL,
 * attempt number and the status the application answered (or why none came), as a suppressed {@link MockWebhooks}.
 */
final class WebhookReport {

    private static final MockLogReport<Delivery> LOG = new MockLogReport<>(
            mock -> new MockLogReport.Log<>(mock.deliveries()::mark, mock.deliveries()::since),
            Delivery::applicationId,
            delivery -> delivery.kind() + " webhook " + delivery.method() + ' ' + delivery.url() + " (call "
                    + delivery.subject() + "), attempt " + delivery.attempt() + ": "
                    + (delivery.status() != 0 ? "answered " + delivery.status() : delivery.error())
                    + (delivery.defect() != null ? " [defect " + delivery.defect() + "]" : ""),
            "webhook");

    private WebhookReport() {}

    /** Notes where the mock's delivery log stands as {@code test} starts. */
    static void start(ExtensionContext test, MockPlatform mock) {
        LOG.start(test, mock);
    }

    /** {@code failure}, with the webhooks sent since the test started attached when there are any. */
    static Throwable attachTo(Throwable failure, TestScope scope) {
        return LOG.attachTo(failure, scope, "the Nexmo mock sent ", "it also sent ", MockWebhooks::new);
    }

    /** The mock's webhooks during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class MockWebhooks extends MockLogReport.Attached {

        private static final long serialVersionUID = 1L;

        MockWebhooks(String message) {
            super(message);
        }
    }
}
