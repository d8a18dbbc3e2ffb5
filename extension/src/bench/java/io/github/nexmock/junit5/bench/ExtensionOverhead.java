package io.github.nexmock.junit5.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Measures what the extension adds to each test: runs the same 200-test class without the extension, with it but
 * injecting nothing, and injecting an application, a user and a JWT, and prints the median and 90th percentile time
 * per test (from the test's start event to its finish event, so callbacks and parameter resolution count) and the
 * class's total; all three twice, as the first classes of a fresh JVM and again once the JIT has seen the code; then
 * the time of signing such a JWT alone.
 */
public final class ExtensionOverhead {

    private ExtensionOverhead() {}

    public static void main(String[] args) {
        Launcher launcher = LauncherFactory.create();
        for (String round : List.of("first run in a fresh JVM", "second run, same JVM")) {
            Result plain = run(launcher, PlainTests.class);
            Result nothing = run(launcher, InjectingNothingTests.class);
            Result injecting = run(launcher, InjectingTests.class);

            System.out.printf(
                    "%n%s%n| class | tests | median per test | p90 per test | class total |%n"
                            + "|---|---|---|---|---|%n",
                    round);
            for (Result result : List.of(plain, nothing, injecting)) {
                System.out.printf(
                        "| %s | %d | %.3f ms | %.3f ms | %.1f ms |%n",
                        result.name(),
                        result.tests().size(),
                        millis(result.percentile(50)),
                        millis(result.percentile(90)),
                        millis(result.classNanos()));
            }
            System.out.printf(
                    "median overhead per test, injecting an application, a user and a JWT: %.3f ms against"
                            + " no extension, %.3f ms against the extension injecting nothing%n",
                    millis(injecting.percentile(50) - plain.percentile(50)),
                    millis(injecting.percentile(50) - nothing.percentile(50)));
        }
        System.out.printf(
                "%nof which the RS256 signature of the JWT alone (200 more tokens signed now): median %.3f ms%n",
                millis(signing().percentile(50)));
    }

    /** Times signing the same client SDK token outside JUnit, to tell the extension's cost from the signature's. */
    private static Result signing() {
        KeyPair keyPair = KeyPairPool.shared().take();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            NexmoJwts.builder()
                    .applicationId(UUID.randomUUID().toString())
                    .privateKey(keyPair.getPrivate())
                    .subject("alice")
                    .acl(Acl.clientSdk())
                    .sign();
            nanos.add(System.nanoTime() - start);
        }
        return new Result("signing", nanos, 0);
    }

    private static Result run(Launcher launcher, Class<?> testClass) {
        Timings timings = new Timings();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(testClass))
                        .build(),
                timings);
        if (timings.failures > 0) {
            throw new IllegalStateException(
                    testClass.getSimpleName() + ": " + timings.failures + " tests did not pass");
        }
        return new Result(testClass.getSimpleName(), timings.tests, timings.classNanos);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private record Result(String name, List<Long> tests, long classNanos) {

        long percentile(int percent) {
            List<Long> sorted = tests.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
        }
    }

    /** Start-to-finish nanoseconds of each test and of the class. */
    private static final class Timings implements TestExecutionListener {

        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final List<Long> tests = new ArrayList<>();
        private long classNanos;
        private int failures;

        @Override
        public void executionStarted(TestIdentifier identifier) {
            started.put(identifier.getUniqueId(), System.nanoTime());
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            long nanos = System.nanoTime() - started.get(identifier.getUniqueId());
            if (identifier.isTest()) {
                tests.add(nanos);
                failures += result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 0 : 1;
            } else if (identifier
                    .getSource()
                    .filter(ClassSource.class::isInstance)
                    .isPresent()) {
                classNanos = nanos;
            }
        }
    }
}
