package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

class ApplicationScopeTest {

    /** What the cases saw, by label. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void sharesOneApplicationAndItsUsersAcrossTheTestsOfAClass() {
        Engine.assertAllPassed(Engine.run(PerClass.class), 2);

        assertThat(SEEN.get("first app")).isEqualTo(SEEN.get("second app"));
        assertThat(SEEN.get("first alice")).isEqualTo(SEEN.get("second alice"));
    }

    @Test
    void givesEachTestAFreshApplicationWhenAsked() {
        Engine.assertAllPassed(Engine.run(FreshEachTest.class), 2);

        assertThat(SEEN.get("fresh first app")).isNotEqualTo(SEEN.get("fresh second app"));
        assertThat(SEEN.get("fresh first alice")).isNotEqualTo(SEEN.get("fresh second alice"));
    }

    @Test
    void givesATestWithItsOwnSettingsItsOwnApplication() {
        Engine.assertAllPassed(Engine.run(MethodSettings.class), 2);

        assertThat(SEEN.get("shared app")).isNotEqualTo(SEEN.get("own app"));
    }

    @Test
    void givesEachClassItsOwnApplicationAndDeletesItWhenTheClassEnds() {
        Engine.assertAllPassed(Engine.run(PerClass.class, FreshEachTest.class), 4);

        assertThat(SEEN.get("first app")).isNotIn(SEEN.get("fresh first app"), SEEN.get("fresh second app"));
        NexmoMockServer mock = (NexmoMockServer) SEEN.get("mock");
        assertThat(mock.state().applications()).isEmpty();
    }

    @NexmoTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {

        @Test
        @Order(1)
        void first(NexmoEnvironment nexmo, NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
            assertThat(app.name()).isEqualTo("nexmock PerClass");
            SEEN.put("first app", app.id());
            SEEN.put("first alice", alice.id());
            SEEN.put("mock", nexmo.mockServer().orElseThrow());
        }

        @Test
        @Order(2)
        void second(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
            SEEN.put("second app", app.id());
            SEEN.put("second alice", alice.id());
        }
    }

    @NexmoTest
    @NexmoApp(
            name = "fresh",
            capabilities = {Capability.RTC, Capability.VOICE},
            freshPerTest = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FreshEachTest {

        NexmoApplication fieldApp;

        @Test
        @Order(1)
        void first(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
            assertThat(app.name()).isEqualTo("fresh");
            assertThat(app.capabilities().fieldNames()).toIterable().containsExactly("rtc", "voice");
            assertThat(fieldApp.id()).isEqualTo(app.id());
            assertThat(alice.applicationId()).isEqualTo(app.id());
            SEEN.put("fresh first app", app.id());
            SEEN.put("fresh first alice", alice.id());
        }

        @Test
        @Order(2)
        void second(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
            SEEN.put("fresh second app", app.id());
            SEEN.put("fresh second alice", alice.id());
        }

        @AfterAll
        static void previousApplicationsAreGone(NexmoEnvironment nexmo) {
            NexmoMockServer mock = nexmo.mockServer().orElseThrow();
            assertThat(mock.state().application((String) SEEN.get("fresh first app")))
                    .isEmpty();
            assertThat(mock.state().application((String) SEEN.get("fresh second app")))
                    .isEmpty();
        }
    }

    @NexmoTest
    static class MethodSettings {

        @Test
        void shared(NexmoApplication app) {
            SEEN.put("shared app", app.id());
        }

        @Test
        @NexmoApp(name = "just for me", capabilities = Capability.MESSAGES)
        void own(NexmoApplication app, @NexmoJwt NexmoToken token) {
            assertThat(app.name()).isEqualTo("just for me");
            assertThat(app.capabilities().has("messages")).isTrue();
            assertThat(token.applicationId()).isEqualTo(app.id());
            SEEN.put("own app", app.id());
        }
    }
}
