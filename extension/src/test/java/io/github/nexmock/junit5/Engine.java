package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs test classes on a Jupiter engine of their own, as a build would, and checks what happened. */
final class Engine {

    private Engine() {}

    static EngineExecutionResults run(Class<?>... testClasses) {
        return run(Map.of(), testClasses);
    }

    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... testClasses) {
        EngineTestKit.Builder engine = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration);
        for (Class<?> testClass : testClasses) {
            engine.selectors(DiscoverySelectors.selectClass(testClass));
        }
        return engine.execute();
    }

    /** Asserts that {@code tests} tests ran and passed, showing the stack trace of any failure of a test or class. */
    static void assertAllPassed(EngineExecutionResults results, long tests) {
        List<Throwable> failures = results.allEvents().failed().stream()
                .map(Engine::throwable)
                .flatMap(Optional::stream)
                .toList();
        assertThat(failures)
                .withFailMessage(() -> "expected no failures, got:\n" + traces(failures))
                .isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    /** The failure or abortion of the only finished test or class called {@code name} (display or simple class name). */
    static Throwable outcomeOf(EngineExecutionResults results, String name) {
        List<Event> finished = results.allEvents().finished().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(name)
                        || event.getTestDescriptor().getDisplayName().endsWith("$" + name))
                .toList();
        assertThat(finished).as("finished tests named %s", name).hasSize(1);
        return throwable(finished.get(0)).orElseThrow(() -> new AssertionError(name + " did not fail or abort"));
    }

    /** The reason JUnit gives for skipping the only skipped test or class called {@code name}. */
    static String skipReason(EngineExecutionResults results, String name) {
        List<Event> skipped = results.allEvents().skipped().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(name)
                        || event.getTestDescriptor().getDisplayName().endsWith("$" + name))
                .toList();
        assertThat(skipped).as("skipped tests named %s", name).hasSize(1);
        return skipped.get(0).getRequiredPayload(String.class);
    }

    static Optional<Throwable> throwable(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable);
    }

    private static String traces(List<Throwable> failures) {
        StringWriter text = new StringWriter();
        failures.forEach(failure -> failure.printStackTrace(new PrintWriter(text)));
        return text.toString();
    }
}
