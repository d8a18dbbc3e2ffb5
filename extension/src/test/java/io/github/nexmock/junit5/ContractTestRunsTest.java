package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class ContractTestRunsTest {

    static final List<String> RUNS = new CopyOnWriteArrayList<>();
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
        RUNS.clear();
    }

    @Test
    void runsOncePerTargetNamedAfterItAndSkipsTheRealRunWithoutCredentials() {
        Platforms.assumeNoCredentialsInTheEnvironment();

        EngineExecutionResults results = Engine.run(Contract.class);

        assertThat(results.testEvents().finished().stream()
                        .map(event -> event.getTestDescriptor().getDisplayName()))
                .containsExactly("MOCK");
        results.testEvents()
                .assertStatistics(
                        stats -> stats.succeeded(1).skipped(1).aborted(0).failed(0));
        assertThat(Engine.skipReason(results, "REAL")).contains("NEXMO_API_KEY");
        assertThat(RUNS).containsExactly("MOCK");
    }

    @Test
    void keepsTheMockRunOfAContractTestInAClassTargetingTheRealPlatformWithoutCredentials() {
        Platforms.assumeNoCredentialsInTheEnvironment();

        EngineExecutionResults results = Engine.run(RealClassContract.class);

        results.testEvents()
                .assertStatistics(
                        stats -> stats.succeeded(1).skipped(2).aborted(0).failed(0));
        assertThat(RUNS).containsExactly("MOCK");
        assertThat(Engine.skipReason(results, "realOnly(NexmoEnvironment)")).contains("NEXMO_API_KEY");
    }

    @Test
    void runsOnBothTargetsWhenTheRealOneIsReachable() {
        Map<String, String> configuration = new HashMap<>(Platforms.realTargetAt(platform));
        configuration.remove("nexmock.target");

        Engine.assertAllPassed(Engine.run(configuration, Contract.class), 2);

        assertThat(RUNS).containsExactly("MOCK", "REAL");
        assertThat(platform.state().applications()).isEmpty();
    }

    @Test
    void runsOnlyOnTheTargetThePropertyNames() {
        EngineExecutionResults results = Engine.run(Map.of("nexmock.target", "mock"), Contract.class);

        assertThat(results.testEvents().started().stream()
                        .map(Event::getTestDescriptor)
                        .map(d -> d.getDisplayName()))
                .containsExactly("MOCK");
    }

    @NexmoTest
    static class Contract {

        @NexmoContractTest
        void createsUsersTheSameWayOnBothTargets(
                NexmoEnvironment nexmo,
                NexmoApplication app,
                @NexmoUser("alice") NexmoUserRef alice,
                @NexmoJwt String token) {
            assertThat(nexmo.apiClient().users(token))
                    .extracting(user -> user.path("name").asText())
                    .contains("alice");
            RUNS.add(nexmo.target().name());
        }
    }

    @NexmoTest(target = NexmoTarget.REAL)
    static class RealClassContract {

        @NexmoContractTest
        void createsUsersTheSameWayOnBothTargets(NexmoEnvironment nexmo, @NexmoUser("alice") NexmoUserRef alice) {
            assertThat(alice.name()).isEqualTo("alice");
            RUNS.add(nexmo.target().name());
        }

        @Test
        void realOnly(NexmoEnvironment nexmo) {
            RUNS.add("realOnly on " + nexmo.target());
        }
    }
}
