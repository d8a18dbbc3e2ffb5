package io.github.nexmock.spring;

import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.jwt.Rejection;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.server.NexmoMockServer;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Tells why the context's mock refused requests during a failed test, as {@code NexmoExtension} does for its own
 * mock: the refusals logged while the test ran are added to its failure as a suppressed {@link MockRefusals}, one line
 * each with method, path, reason and detail. Registered in {@code META-INF/spring.factories} as a default listener;
 * it leaves tests whose context has no mock of {@link NexmoMockProperties} alone.
 */
class RefusalReportListener extends AbstractTestExecutionListener {

    private static final String MARK = RefusalReportListener.class.getName() + ".mark";

    @Override
    public void beforeTestMethod(TestContext test) {
        rejections(test).ifPresent(log -> test.setAttribute(MARK, log.mark()));
    }

    @Override
    public void afterTestMethod(TestContext test) {
        Object mark = test.removeAttribute(MARK);
        Throwable failure = test.getTestException();
        if (mark == null || failure == null) {
            return;
        }
        List<Rejection> refusals = rejections(test).orElseThrow().since((Long) mark);
        if (!refusals.isEmpty()) {
            StringBuilder report = new StringBuilder("the Nexmo mock of this test's context refused ")
                    .append(refusals.size())
                    .append(refusals.size() == 1 ? " request" : " requests")
                    .append(" during the test:");
            refusals.forEach(refusal -> report.append("\n  ")
                    .append(refusal.method())
                    .append(' ')
                    .append(refusal.path())
                    .append(": ")
                    .append(refusal.reason())
                    .append(" - ")
                    .append(refusal.detail()));
            failure.addSuppressed(new MockRefusals(report.toString()));
        }
    }

    /** The refusal log of the test's context's mock, if the context is loaded and has one. */
    private static Optional<RejectionLog> rejections(TestContext test) {
        if (!test.hasApplicationContext()) {
            return Optional.empty();
        }
        ApplicationContext context = test.getApplicationContext();
        return context.getBeanProvider(NexmoEnvironment.class).stream()
                .findFirst()
                .flatMap(NexmoEnvironment::mockServer)
                .map(NexmoMockServer::rejections);
    }

    /** The mock's refusals during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class MockRefusals extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MockRefusals(String message) {
            super(message, null, false, false);
        }
    }
}
