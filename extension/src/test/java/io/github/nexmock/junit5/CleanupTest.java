package io.github.nexmock.junit5;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the extension creates is gone when its scope ends, on every JUnit the build runs this suite on (5.10, 5.12,
 * 5.14, 6.x): a class's application when the class ends, a fresh-per-test application when its test ends, the mock
 * when the run ends; on the mock and on the REAL target. Three classes run in order; each checks through the API, as
 * a client would, that the applications of the scopes before it are gone while the target still answers.
 */
class CleanupTest {

    /** Application ids by who made them. */
    static final Map<String, String> APPS = new ConcurrentHashMap<>();

    static final List<NexmoMockServer> MOCKS = new CopyOnWriteArrayList<>();

    static volatile String alice;

    /** Runs the three classes in the order of their {@code @Order}. */
    private static final Map<String, String> IN_ORDER =
            Map.of("junit.jupiter.testclass.order.default", ClassOrderer.OrderAnnotation.class.getName());

    private static NexmoMockServer platform;

    @BeforeAll
    static void startPlatform() {
        platform = NexmoMockServer.builder().build().start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void forget() {
        APPS.clear();
        MOCKS.clear();
    }

    @Test
    void onTheMockDeletesEachApplicationWhenItsScopeEndsAndStopsTheMockWhenTheRunEnds() {
        Engine.assertAllPassed(Engine.run(IN_ORDER, ClassApplication.class, FreshApplications.class, Later.class), 4);

        assertThat(APPS).containsOnlyKeys("class", "first test", "second test");
        assertThat(MOCKS).hasSize(1);
        assertThat(MOCKS.get(0).isRunning()).as("mock running after the run").isFalse();
        assertThat(MOCKS.get(0).state().applications()).isEmpty();
    }

    @Test
    void onTheRealTargetDeletesEachApplicationAndUserOnceWhenItsScopeEnds() {
        Map<String, String> configuration = new HashMap<>(IN_ORDER);
        configuration.putAll(Platforms.realTargetAt(platform));

        Engine.assertAllPassed(
                Engine.run(configuration, ClassApplication.class, FreshApplications.class, Later.class), 4);

        assertThat(MOCKS).isEmpty();
        assertThat(platform.state().applications())
                .as("applications left on the platform")
                .isEmpty();
        assertThat(platform.wireMock().findAll(postRequestedFor(urlEqualTo("/v2/applications"))))
                .hasSize(3);
        for (String id : APPS.values()) {
            assertThat(platform.wireMock().findAll(deleteRequestedFor(urlEqualTo("/v2/applications/" + id))))
                    .as("DELETE requests for application %s", id)
                    .hasSize(1);
        }
        assertThat(platform.wireMock().findAll(deleteRequestedFor(urlPathEqualTo("/v1/users/" + alice))))
                .as("DELETE requests for alice")
                .hasSize(1);
    }

    @Test
    void closesWithoutAJUnitWarningWhetherOrNotJUnitClosesAutoCloseables() {
        Map<String, String> configuration = new HashMap<>(IN_ORDER);
        configuration.put("junit.jupiter.extensions.store.close.autocloseable.enabled", "false");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger junit = Logger.getLogger("org.junit");
        junit.addHandler(handler);
        try {
            Engine.assertAllPassed(
                    Engine.run(configuration, ClassApplication.class, FreshApplications.class, Later.class), 4);
            Engine.assertAllPassed(Engine.run(IN_ORDER, ClassApplication.class), 1);
        } finally {
            junit.removeHandler(handler);
        }

        assertThat(warnings).noneMatch(message -> message.contains("Closeable"));
        assertThat(MOCKS).hasSize(2).noneMatch(NexmoMockServer::isRunning);
    }

    /** The application's id, as the API of the target answers for it: empty once deleted. */
    static boolean exists(NexmoEnvironment nexmo, String applicationId) {
        return nexmo.apiClient()
                .application(nexmo.apiKey(), nexmo.apiSecret(), applicationId)
                .isPresent();
    }

    static void noteMock(NexmoEnvironment nexmo) {
        nexmo.mockServer().filter(mock -> !MOCKS.contains(mock)).ifPresent(MOCKS::add);
    }

    @NexmoTest
    @Order(1)
    static class ClassApplication {

        @Test
        void test(NexmoEnvironment nexmo, NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
            assertThat(exists(nexmo, app.id())).isTrue();
            APPS.put("class", app.id());
            CleanupTest.alice = alice.id();
            noteMock(nexmo);
        }
    }

    @NexmoTest
    @NexmoApp(freshPerTest = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Order(2)
    static class FreshApplications {

        @Test
        @Order(1)
        void first(NexmoEnvironment nexmo, NexmoApplication app) {
            assertThat(exists(nexmo, APPS.get("class")))
                    .as("the previous class's application")
                    .isFalse();
            APPS.put("first test", app.id());
        }

        @Test
        @Order(2)
        void second(NexmoEnvironment nexmo, NexmoApplication app) {
            assertThat(exists(nexmo, APPS.get("first test")))
                    .as("the previous test's application")
                    .isFalse();
            assertThat(exists(nexmo, app.id())).isTrue();
            APPS.put("second test", app.id());
        }
    }

    @NexmoTest
    @Order(3)
    static class Later {

        @Test
        void test(NexmoEnvironment nexmo) {
            assertThat(exists(nexmo, APPS.get("second test")))
                    .as("the last test's application of the previous class")
                    .isFalse();
            noteMock(nexmo);
        }
    }
}
