package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

/** A mock with one application that its caller owns, as nexmock-spring ties one to each Spring test context. */
class MockSessionTest {

    @Test
    void startsAMockWithTheApplicationAndClosingDeletesItAndStopsTheMock() {
        NexmoMockServer server;
        String applicationId;
        try (MockSession session = MockSession.start("chat", Capability.RTC, Capability.VOICE)) {
            server = session.environment().mockServer().orElseThrow();
            NexmoApplication application = session.application();
            applicationId = application.id();

            assertThat(server.isRunning()).isTrue();
            assertThat(session.environment().baseUrl()).hasToString(server.baseUrl());
            assertThat(session.environment().apiKey()).isEqualTo(server.apiKey());
            assertThat(server.state().application(applicationId)).hasValueSatisfying(created -> {
                assertThat(created.name()).isEqualTo("chat");
                assertThat(created.capabilities().has("rtc")).isTrue();
                assertThat(created.capabilities().has("voice")).isTrue();
            });
            assertThat(server.state().publicKey(applicationId)).hasValue((RSAPublicKey) application.publicKey());
            assertThat(session).hasToString("MockSession[" + application + " at " + server.baseUrl() + "]");
        }

        assertThat(server.state().application(applicationId)).isEmpty();
        assertThat(server.isRunning()).isFalse();
    }

    @Test
    void eachSessionHasAMockOfItsOwn() {
        try (MockSession first = MockSession.start("first");
                MockSession second = MockSession.start("second")) {
            NexmoMockServer firstServer = first.environment().mockServer().orElseThrow();

            assertThat(firstServer.baseUrl())
                    .isNotEqualTo(
                            second.environment().mockServer().orElseThrow().baseUrl());
            assertThat(firstServer.state().application(second.application().id()))
                    .isEmpty();
        }
    }
}
