package io.github.nexmock.junit5;

import io.github.nexmock.jwt.Rejection;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tells why the mock refused requests during a failed test: the refusals logged since the test started are added to
 * the failure as a suppressed {@link MockRefusals}, so the report shows each one's method, path and reason next to
 * the assertion that failed.
 */
final class RefusalReport {

    private static final MockLogReport<Rejection> LOG = new MockLogReport<>(
            mock -> new MockLogReport.Log<>(mock.rejections()::mark, mock.rejections()::since),
            refusal -> String.valueOf(refusal.claims().get("application_id")),
            refusal -> refusal.method() + ' ' + refusal.path() + ": " + refusal.reason() + " - " + refusal.detail());

    private RefusalReport() {}

    /** Notes where the mock's refusal log stands as {@code test} starts. */
    static void start(ExtensionContext test, MockPlatform mock) {
        LOG.start(test, mock);
    }

    /** {@code failure}, with the refusals since the test started attached when there are any. */
    static Throwable attachTo(Throwable failure, TestScope scope) {
        return LOG.attachTo(failure, scope, "the Nexmo mock refused ", "it also refused ", MockRefusals::new);
    }

    /** The mock's refusals during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class MockRefusals extends MockLogReport.Attached {

        private static final long serialVersionUID = 1L;

        MockRefusals(String message) {
            super(message);
        }
    }
}
