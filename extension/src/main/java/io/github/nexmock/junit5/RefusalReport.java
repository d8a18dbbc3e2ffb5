package io.github.nexmock.junit5;

import io.github.nexmock.auth.Rejection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Tells why the mock refused requests during a failed test: the refusals logged since the test started are added to
 * the failure as a suppressed {@link MockRefusals}, so the report shows each one's method, path and reason next to
 * the assertion that failed.
 */
final class RefusalReport {

    private RefusalReport() {
    }

    /** Notes where the mock's refusal log stands as {@code test} starts. */
    static void start(ExtensionContext test, MockPlatform mock) {
        Stores.of(test).put(Start.class, new Start(mock, mock.rejections().mark()));
    }

    /** {@code failure}, with the refusals since the test started attached when there are any. */
    static Throwable attachTo(Throwable failure, TestScope scope) {
        Start start = Stores.of(scope.context()).get(Start.class, Start.class);
        if (start == null || failure instanceof TestAbortedException) {
            return failure;
        }
        List<Rejection> refusals = start.mock().rejections().since(start.mark());
        if (!refusals.isEmpty()) {
            failure.addSuppressed(new MockRefusals(describe(refusals, scope.existingApplicationIds())));
        }
        return failure;
    }

    private static String describe(List<Rejection> refusals, Set<String> applicationIds) {
        List<Rejection> ours = refusals.stream()
                .filter(refusal -> applicationIds.contains(String.valueOf(refusal.claims().get("application_id")))).toList();
        List<Rejection> others = refusals.stream().filter(refusal -> !ours.contains(refusal)).toList();
        StringBuilder text = new StringBuilder();
        if (!ours.isEmpty()) {
            text.append("the Nexmo mock refused ").append(count(ours)).append(" with this test's application:");
            ours.forEach(refusal -> line(text, refusal));
        }
        if (!others.isEmpty()) {
            text.append(ours.isEmpty() ? "the Nexmo mock refused " : "\nit also refused ").append(count(others))
                    .append(" not signed for this test's application (perhaps from a test running at the same time):");
            others.forEach(refusal -> line(text, refusal));
        }
        return text.toString();
    }

    private static String count(List<Rejection> refusals) {
        return refusals.size() + (refusals.size() == 1 ? " request" : " requests");
    }

    private static void line(StringBuilder text, Rejection refusal) {
        text.append("\n  ").append(refusal.method()).append(' ').append(refusal.path()).append(": ")
                .append(refusal.reason()).append(" - ").append(refusal.detail());
    }

    private record Start(MockPlatform mock, long mark) {
    }

    /** The mock's refusals during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class MockRefusals extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MockRefusals(String message) {
            super(message, null, false, false);
        }
    }
}
