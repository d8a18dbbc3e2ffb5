package io.github.nexmock.junit5;

import io.github.nexmock.jwt.Warning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * Tells what the mock accepted but warned about during a test (tokens Nexmo accepts that are probably mistakes): the
 * warnings are added to a failed test's report as a suppressed {@link MockWarnings}, and with fail-on-warning a test
 * whose own application's tokens drew a warning fails.
 */
final class WarningReport {

    /** The JUnit configuration parameter that turns fail-on-warning on for a whole run. */
    static final String FAIL_ON_WARNING = "nexmock.fail-on-warning";

    private static final MockLogReport<Warning> LOG = new MockLogReport<>(
            mock -> new MockLogReport.Log<>(mock.warnings()::mark, mock.warnings()::since),
            Warning::applicationId,
            warning -> warning.method() + ' ' + warning.path() + ": " + warning.reason() + " - " + warning.detail());

    private WarningReport() {}

    /** Notes where the mock's warning log stands as {@code test} starts. */
    static void start(ExtensionContext test, MockPlatform mock) {
        LOG.start(test, mock);
    }

    /** {@code failure}, with the warnings since the test started attached when there are any. */
    static Throwable attachTo(Throwable failure, TestScope scope) {
        return LOG.attachTo(
                failure, scope, "the Nexmo mock accepted with warnings ", "it also warned about ", MockWarnings::new);
    }

    /**
     * Fails a test that passed so far when fail-on-warning is on and the mock warned about tokens of its application.
     *
     * @throws AssertionFailedError listing the warnings
     */
    static void failIfWarned(TestScope scope) {
        ExtensionContext context = scope.context();
        if (context.getExecutionException().isPresent() || !failOnWarning(scope)) {
            return;
        }
        List<Warning> warnings = LOG.ours(LOG.since(scope), scope.existingApplicationIds());
        if (!warnings.isEmpty()) {
            throw new AssertionFailedError(LOG.listed(
                    "fail-on-warning is on and the Nexmo mock warned about ",
                    warnings,
                    " with this test's application:"));
        }
    }

    /** Whether the builder, {@link NexmoTest#failOnWarning()} or the {@value #FAIL_ON_WARNING} parameter asks for it. */
    static boolean failOnWarning(TestScope scope) {
        ExtensionContext context = scope.context();
        Optional<Boolean> parameter = ConfigurationFlag.of(context, FAIL_ON_WARNING);
        if (parameter.orElse(false) || scope.settings().failOnWarning()) {
            return true;
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<NexmoTest> annotation = AnnotationSupport.findAnnotation(c.getTestClass(), NexmoTest.class);
            if (annotation.isPresent()) {
                return annotation.get().failOnWarning();
            }
        }
        return false;
    }

    /** The mock's warnings during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class MockWarnings extends MockLogReport.Attached {

        private static final long serialVersionUID = 1L;

        MockWarnings(String message) {
            super(message);
        }
    }
}
