package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.NexmoMockServer;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The REAL target against a mock server used as if it were the Nexmo platform: only its HTTP API is used. */
class RealTargetTest {

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
    void createsApplicationsAndUsersOverHttpAndDeletesEverythingItCreatedAlsoWhenTestsFail() {
        EngineExecutionResults results =
                Engine.run(Platforms.realTargetAt(platform), OnThePlatform.class, FreshOnThePlatform.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(1));
        assertThat(Engine.outcomeOf(results, "failsAfterCreatingAUser(NexmoUserRef)"))
                .hasMessage("deliberately");
        assertThat(platform.state().applications())
                .as("applications left on the platform")
                .isEmpty();
        assertThat(OnThePlatform.publicKey)
                .as("a key pair shipped for the mock")
                .isNotIn(KeyPairs.premadePems().stream()
                        .map(pem -> RsaKeys.readKeyPair(pem).getPublic())
                        .toList());
    }

    @Test
    void takesTargetBaseUrlAndCredentialsFromTheBuilder() {
        Engine.assertAllPassed(Engine.run(Programmatic.class), 1);

        assertThat(platform.state().applications()).isEmpty();
    }

    @Test
    void failsWithWhatThePlatformSaidWhenItRefusesTheCredentials() {
        Map<String, String> configuration = new HashMap<>(Platforms.realTargetAt(platform));
        configuration.put("nexmock.api-secret", "not-the-account-secret-7f3a");

        assertThat(Engine.outcomeOf(Engine.run(configuration, FreshOnThePlatform.class), "first(NexmoApplication)"))
                .hasMessageContaining("POST " + platform.baseUrl() + "/v2/applications answered 401")
                .hasMessageNotContaining("not-the-account-secret-7f3a");
    }

    @NexmoTest(target = NexmoTarget.REAL)
    static class OnThePlatform {

        static volatile PublicKey publicKey;

        @Test
        void createsTheApplicationAndUsersThroughTheApi(
                NexmoEnvironment nexmo,
                NexmoApplication app,
                @NexmoUser("alice") NexmoUserRef alice,
                @NexmoJwt String token) {
            assertThat(nexmo.target()).isEqualTo(NexmoTarget.REAL);
            assertThat(nexmo.mockServer()).isEmpty();
            NexmoApiClient api = nexmo.apiClient();

            JsonNode stored =
                    api.application(nexmo.apiKey(), nexmo.apiSecret(), app.id()).orElseThrow();
            assertThat(stored.path("name").asText()).isEqualTo("nexmock OnThePlatform");
            assertThat(stored.at("/keys/public_key").asText().strip())
                    .isEqualTo(app.publicKeyPem().strip());
            assertThat(api.users(token))
                    .extracting(user -> user.path("id").asText())
                    .containsExactly(alice.id());
            publicKey = app.publicKey();
        }

        @Test
        void failsAfterCreatingAUser(@NexmoUser("bob") NexmoUserRef bob) {
            throw new AssertionError("deliberately");
        }
    }

    static class Programmatic {

        @RegisterExtension
        static NexmoExtension nexmo = NexmoExtension.builder()
                .target(NexmoTarget.REAL)
                .baseUrl(platform.baseUrl() + "/")
                .credentials(platform.apiKey(), platform.apiSecret())
                .build();

        @Test
        void test(NexmoEnvironment environment, NexmoApplication app) {
            assertThat(environment.target()).isEqualTo(NexmoTarget.REAL);
            assertThat(environment.baseUrl()).hasToString(platform.baseUrl());
            assertThat(environment.apiKey()).isEqualTo(platform.apiKey());
            assertThat(platform.state().application(app.id())).isPresent();
        }
    }

    @NexmoTest(target = NexmoTarget.REAL)
    @NexmoApp(freshPerTest = true, capabilities = Capability.RTC)
    static class FreshOnThePlatform {

        @Test
        void first(NexmoApplication app) {
            assertThat(app.capabilities().has("rtc")).isTrue();
        }

        @Test
        void second(NexmoEnvironment nexmo, NexmoApplication app, @NexmoUser("carol") NexmoUserRef carol) {
            assertThat(nexmo.apiClient().application(nexmo.apiKey(), nexmo.apiSecret(), app.id()))
                    .isPresent();
        }
    }
}
