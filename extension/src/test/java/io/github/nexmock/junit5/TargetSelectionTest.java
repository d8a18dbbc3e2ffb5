package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class TargetSelectionTest {

    private static NexmoMockServer platform;

    @BeforeAll
    static void startPlatform() {
        platform = NexmoMockServer.builder().build().start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void skipsTheRealTargetWithoutCredentialsNamingWhereToPutThem() {
        Platforms.assumeNoCredentialsInTheEnvironment();

        EngineExecutionResults results = Engine.run(OnReal.class);

        // skipped in JUnit's terms (disabled by a condition, as @Disabled is), not aborted: reports count it as skipped
        results.containerEvents()
                .assertStatistics(stats -> stats.skipped(1).aborted(0).failed(0));
        results.testEvents().assertStatistics(stats -> stats.started(0).failed(0));
        assertThat(Engine.skipReason(results, OnReal.class.getSimpleName()))
                .isEqualTo("the REAL Nexmo target needs"
                        + " API credentials: set NEXMO_API_KEY and NEXMO_API_SECRET (or VONAGE_API_KEY and VONAGE_API_SECRET),"
                        + " or the system properties nexmock.api-key and nexmock.api-secret");
    }

    @Test
    void letsThePropertyOverrideTheAnnotation() {
        Platforms.assumeNoCredentialsInTheEnvironment();

        Engine.assertAllPassed(Engine.run(Map.of("nexmock.target", "mock"), OnReal.class), 1);
        EngineExecutionResults onReal = Engine.run(Map.of("nexmock.target", "REAL"), OnMock.class);
        assertThat(Engine.skipReason(onReal, OnMock.class.getSimpleName())).contains("NEXMO_API_KEY");
    }

    @Test
    void autoUsesTheMockWithoutCredentials() {
        Platforms.assumeNoCredentialsInTheEnvironment();

        Engine.assertAllPassed(Engine.run(OnAuto.class), 1);
        assertThat(OnAuto.target).isEqualTo(NexmoTarget.MOCK);
    }

    @Test
    void autoUsesTheRealPlatformWhenCredentialsExist() {
        Map<String, String> configuration = new HashMap<>(Platforms.realTargetAt(platform));
        configuration.remove("nexmock.target");

        Engine.assertAllPassed(Engine.run(configuration, OnAuto.class), 1);
        assertThat(OnAuto.target).isEqualTo(NexmoTarget.REAL);
    }

    @Test
    void refusesAnUnknownTarget() {
        assertThat(Engine.outcomeOf(
                        Engine.run(Map.of("nexmock.target", "staging"), OnMock.class), OnMock.class.getSimpleName()))
                .hasMessage("nexmock.target is 'staging'; use mock, real or auto");
    }

    @Test
    void refusesHalfAPairOfCredentials() {
        assertThat(Engine.outcomeOf(
                        Engine.run(Map.of("nexmock.api-key", "key"), OnAuto.class), OnAuto.class.getSimpleName()))
                .hasMessage("nexmock.api-key is set but nexmock.api-secret is not; set both or neither");
    }

    @NexmoTest(target = NexmoTarget.REAL)
    static class OnReal {

        @Test
        void test(NexmoEnvironment nexmo) {
            assertThat(nexmo.target()).isEqualTo(NexmoTarget.MOCK);
        }
    }

    @NexmoTest
    static class OnMock {

        @Test
        void test(NexmoEnvironment nexmo) {}
    }

    @NexmoTest(target = NexmoTarget.AUTO)
    static class OnAuto {

        static volatile NexmoTarget target;

        @Test
        void test(NexmoEnvironment nexmo) {
            target = nexmo.target();
        }
    }
}
