package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParallelExecutionTest {

    private static final int TESTS = 6;
    /**
     * Workers for the run: more than it has nodes (the engine, three classes, six tests), so every node can hold a
     * worker of its own. JUnit's ForkJoinPool does not count a worker blocked in {@link #ALL_RUNNING} as free, and a
     * class's worker may run one of its tests while joining them: with only {@value #TESTS} workers, one test could
     * wait in the queue behind the blocked ones and the barrier would time out (it did, once, on a busy CI machine).
     */
    private static final int WORKERS = 16;
    /** Every case test waits here until all are running: the run passes only if they really run at the same time. */
    static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(TESTS);

    static final Map<String, Set<String>> APPLICATIONS_BY_CLASS = new ConcurrentHashMap<>();
    static final Map<String, String> USER_BY_TEST = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        ALL_RUNNING.reset();
        APPLICATIONS_BY_CLASS.clear();
        USER_BY_TEST.clear();
    }

    @Test
    void runsConcurrentClassesAndMethodsEachWithItsOwnApplications() {
        Map<String, String> parallel = Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(WORKERS));

        Engine.assertAllPassed(Engine.run(parallel, First.class, Second.class, Fresh.class), TESTS);

        assertThat(APPLICATIONS_BY_CLASS.get("First")).hasSize(1);
        assertThat(APPLICATIONS_BY_CLASS.get("Second"))
                .hasSize(1)
                .doesNotContainAnyElementsOf(APPLICATIONS_BY_CLASS.get("First"));
        assertThat(APPLICATIONS_BY_CLASS.get("Fresh")).hasSize(2);
        assertThat(USER_BY_TEST.get("First.a")).isEqualTo(USER_BY_TEST.get("First.b"));
        assertThat(USER_BY_TEST.get("Second.a"))
                .isEqualTo(USER_BY_TEST.get("Second.b"))
                .isNotEqualTo(USER_BY_TEST.get("First.a"));
        assertThat(USER_BY_TEST.get("Fresh.a")).isNotEqualTo(USER_BY_TEST.get("Fresh.b"));
    }

    /** Waits for the other tests, then records what this one got. */
    static void record(String test, NexmoApplication app, NexmoUserRef alice, NexmoToken token) throws Exception {
        ALL_RUNNING.await(60, TimeUnit.SECONDS);
        assertThat(alice.applicationId()).isEqualTo(app.id());
        assertThat(token.applicationId()).isEqualTo(app.id());
        String testClass = test.substring(0, test.indexOf('.'));
        APPLICATIONS_BY_CLASS
                .computeIfAbsent(testClass, key -> ConcurrentHashMap.newKeySet())
                .add(app.id());
        USER_BY_TEST.put(test, alice.id());
    }

    @NexmoTest
    static class First {

        @Test
        void a(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt(sub = "alice") NexmoToken token)
                throws Exception {
            record("First.a", app, alice, token);
        }

        @Test
        void b(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt(sub = "alice") NexmoToken token)
                throws Exception {
            record("First.b", app, alice, token);
        }
    }

    @NexmoTest
    static class Second {

        @Test
        void a(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt(sub = "alice") NexmoToken token)
                throws Exception {
            record("Second.a", app, alice, token);
        }

        @Test
        void b(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt(sub = "alice") NexmoToken token)
                throws Exception {
            record("Second.b", app, alice, token);
        }
    }

    @NexmoTest
    @NexmoApp(freshPerTest = true)
    static class Fresh {

        @Test
        void a(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt(sub = "alice") NexmoToken token)
                throws Exception {
            record("Fresh.a", app, alice, token);
        }

        @Test
        void b(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice, @NexmoJwt(sub = "alice") NexmoToken token)
                throws Exception {
            record("Fresh.b", app, alice, token);
        }
    }
}
