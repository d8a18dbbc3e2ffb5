package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.NexmoMockServer;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MockTargetTest {

    static final Map<String, NexmoMockServer> MOCK_BY_CLASS = new ConcurrentHashMap<>();
    static final Map<String, PublicKey> KEY_BY_CLASS = new ConcurrentHashMap<>();
    static final Map<String, String> BASE_URL_BY_CLASS = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        MOCK_BY_CLASS.clear();
        KEY_BY_CLASS.clear();
        BASE_URL_BY_CLASS.clear();
    }

    @Test
    void sharesOneMockOnALoopbackPortAcrossTestClassesAndStopsItWhenTheRunEnds() {
        Engine.assertAllPassed(Engine.run(First.class, Second.class), 2);

        NexmoMockServer mock = MOCK_BY_CLASS.get("First");
        assertThat(MOCK_BY_CLASS.get("Second")).isSameAs(mock);
        assertThat(BASE_URL_BY_CLASS.get("First"))
                .matches("http://127\\.0\\.0\\.1:[1-9][0-9]*")
                .isEqualTo(BASE_URL_BY_CLASS.get("Second"));
        assertThat(mock.isRunning()).as("running after the test run ended").isFalse();
    }

    @Test
    void givesMockApplicationsTheShippedKeyPairsSoNoTestWaitsForKeyGeneration() {
        Engine.assertAllPassed(Engine.run(First.class, Second.class), 2);

        List<PublicKey> shipped = KeyPairs.premadePems().stream()
                .map(pem -> RsaKeys.readKeyPair(pem).getPublic())
                .toList();
        assertThat(KEY_BY_CLASS.values()).hasSize(2).isSubsetOf(shipped);
    }

    static void record(String testClass, NexmoEnvironment nexmo, NexmoApplication app) {
        assertThat(nexmo.target()).isEqualTo(NexmoTarget.MOCK);
        MOCK_BY_CLASS.put(testClass, nexmo.mockServer().orElseThrow());
        KEY_BY_CLASS.put(testClass, app.publicKey());
        BASE_URL_BY_CLASS.put(testClass, nexmo.baseUrl().toString());
    }

    @NexmoTest
    static class First {

        @Test
        void test(NexmoEnvironment nexmo, NexmoApplication app) {
            record("First", nexmo, app);
        }
    }

    @NexmoTest
    static class Second {

        @Test
        void test(NexmoEnvironment nexmo, NexmoApplication app) {
            record("Second", nexmo, app);
        }
    }
}
