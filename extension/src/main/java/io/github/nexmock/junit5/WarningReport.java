package io.github.nexmock.junit5;

import io.github.nexmock.auth.Warning;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Tells what the mock accepted but warned about during a test (tokens Nexmo accepts that are probably mistakes): the
 * warnings are added to a failed test's report as a suppressed {@link MockWarnings}, and with fail-on-warning a test
 * whose own application's tokens drew a warning fails.
 */
final class WarningReport {

    /** The JUnit configuration parameter that turns fail-on-warning on for a whole run. */
    static final String FAIL_ON_WARNING = "nexmock.fail-on-warning";

    private WarningReport() {
    }

    /** Notes where the mock's warning log stands as {@code test} starts. */
    static void start(ExtensionContext test, MockPlatform mock) {
        Stores.of(test).put(Start.class, new Start(mock, mock.warnings().mark()));
    }

    /** {@code failure}, with the warnings since the test started attached when there are any. */
    static Throwable attachTo(Throwable failure, TestScope scope) {
        if (failure instanceof TestAbortedException) {
            return failure;
        }
        List<Warning> warnings = since(scope);
        if (!warnings.isEmpty()) {
            failure.addSuppressed(new MockWarnings(describe(warnings, scope.existingApplicationIds())));
        }
        return failure;
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
        Set<String> ours = scope.existingApplicationIds();
        List<Warning> warnings = since(scope).stream().filter(warning -> ours.contains(warning.applicationId())).toList();
        if (!warnings.isEmpty()) {
            StringBuilder text = new StringBuilder("fail-on-warning is on and the Nexmo mock warned about ")
                    .append(count(warnings)).append(" with this test's application:");
            warnings.forEach(warning -> line(text, warning));
            throw new AssertionFailedError(text.toString());
        }
    }

    /** Whether the builder, {@link NexmoTest#failOnWarning()} or the {@value #FAIL_ON_WARNING} parameter asks for it. */
    static boolean failOnWarning(TestScope scope) {
        ExtensionContext context = scope.context();
        Optional<Boolean> parameter = context.getConfigurationParameter(FAIL_ON_WARNING).map(String::strip)
                .filter(value -> !value.isEmpty()).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new ExtensionConfigurationException(FAIL_ON_WARNING + " is '" + value
                            + "'; use true or false");
                });
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

    private static List<Warning> since(TestScope scope) {
        Start start = Stores.of(scope.context()).get(Start.class, Start.class);
        return start == null ? List.of() : start.mock().warnings().since(start.mark());
    }

    private static String describe(List<Warning> warnings, Set<String> applicationIds) {
        List<Warning> ours = warnings.stream().filter(warning -> applicationIds.contains(warning.applicationId())).toList();
        List<Warning> others = warnings.stream().filter(warning -> !ours.contains(warning)).toList();
        StringBuilder text = new StringBuilder();
        if (!ours.isEmpty()) {
            text.append("the Nexmo mock accepted with warnings ").append(count(ours))
                    .append(" with this test's application:");
            ours.forEach(warning -> line(text, warning));
        }
        if (!others.isEmpty()) {
            text.append(ours.isEmpty() ? "the Nexmo mock accepted with warnings " : "\nit also warned about ")
                    .append(count(others))
                    .append(" not signed for this test's application (perhaps from a test running at the same time):");
            others.forEach(warning -> line(text, warning));
        }
        return text.toString();
    }

    private static String count(List<Warning> warnings) {
        return warnings.size() + (warnings.size() == 1 ? " request" : " requests");
    }

    private static void line(StringBuilder text, Warning warning) {
        text.append("\n  ").append(warning.method()).append(' ').append(warning.path()).append(": ")
                .append(warning.code()).append(" - ").append(warning.message());
    }

    private record Start(MockPlatform mock, long mark) {
    }

    /** The mock's warnings during a failed test, attached to its failure; it has no stack trace of its own. */
    static final class MockWarnings extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MockWarnings(String message) {
            super(message, null, false, false);
        }
    }
}
