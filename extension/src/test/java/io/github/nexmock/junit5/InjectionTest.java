package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.VerifiedToken;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.Application;
import java.security.PublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class InjectionTest {

    @Test
    void injectsTheEnvironmentTheApplicationUsersAndTokensIntoParameters() {
        Engine.assertAllPassed(Engine.run(Parameters.class), 1);
    }

    @Test
    void injectsInstanceAndStaticFields() {
        Engine.assertAllPassed(Engine.run(Fields.class), 2);
    }

    @Test
    void injectsIntoBeforeAllMethodsAndConstructors() {
        Engine.assertAllPassed(Engine.run(LifecycleMethods.class), 1);
    }

    @Test
    void leavesOtherParameterTypesToOtherResolvers() {
        EngineExecutionResults results = Engine.run(OtherTypes.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        assertThat(Engine.outcomeOf(results, "plainString(String)"))
                .hasMessageContaining("No ParameterResolver registered for parameter [java.lang.String");
    }

    /** Verifies tokens as the mock does, with the mock's state as the key source. */
    static VerifiedToken verify(NexmoEnvironment nexmo, String token) {
        NexmoMockServer mock = nexmo.mockServer().orElseThrow();
        return JwtVerifier.builder()
                .keyResolver(
                        applicationId -> mock.state().publicKey(applicationId).map(PublicKey.class::cast))
                .build()
                .verify(token, "GET", "/v1/users");
    }

    @NexmoTest
    static class Parameters {

        @Test
        void everything(
                NexmoEnvironment nexmo,
                NexmoApplication app,
                @NexmoUser("alice") NexmoUserRef alice,
                @NexmoJwt String applicationToken,
                @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) NexmoToken aliceToken) {
            assertThat(nexmo.target()).isEqualTo(NexmoTarget.MOCK);
            assertThat(nexmo.baseUrl().getHost()).isIn("127.0.0.1", "localhost");
            NexmoMockServer mock = nexmo.mockServer().orElseThrow();
            assertThat(nexmo.apiKey()).isEqualTo(mock.apiKey());
            assertThat(nexmo.apiSecret()).isEqualTo(mock.apiSecret());
            assertThat(nexmo.toString()).doesNotContain(nexmo.apiSecret());

            Application stored = mock.state().application(app.id()).orElseThrow();
            assertThat(stored.name()).isEqualTo(app.name()).isEqualTo("nexmock Parameters");
            assertThat(stored.publicKey()).isEqualTo(app.publicKey());
            assertThat(app.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
            assertThat(app.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
            assertThat(app.toString()).doesNotContain(app.privateKeyPem());

            assertThat(alice.name()).isEqualTo("alice");
            assertThat(alice.applicationId()).isEqualTo(app.id());
            assertThat(mock.state().userByName(app.id(), "alice"))
                    .hasValueSatisfying(
                            user -> assertThat(user.id()).isEqualTo(alice.id()).startsWith("USR-"));

            VerifiedToken application = verify(nexmo, applicationToken);
            assertThat(application.applicationId()).isEqualTo(app.id());
            assertThat(application.subject()).isNull();
            assertThat(application.acl()).isNull();

            VerifiedToken user = verify(nexmo, aliceToken.value());
            assertThat(user.subject()).isEqualTo("alice");
            assertThat(user.acl()).isEqualTo(Acl.clientSdk());
            assertThat(aliceToken.authorizationHeader()).isEqualTo("Bearer " + aliceToken.value());
            assertThat(aliceToken.expiresAt()).isEqualTo(user.expiresAt());
            assertThat(aliceToken.issuedAt()).isEqualTo(user.issuedAt());
        }
    }

    @NexmoTest
    static class Fields {

        static NexmoApplication classApplication;
        static NexmoEnvironment classEnvironment;

        @NexmoJwt(acl = Acl.Preset.ALL)
        static NexmoToken classToken;

        NexmoEnvironment nexmo;
        NexmoApplication app;

        @NexmoUser("bob")
        NexmoUserRef bob;

        @NexmoJwt(sub = "bob", aclPaths = "/*/users/**")
        String bobToken;

        @NexmoJwt(sub = "bob", lifetime = "PT2M", acl = Acl.Preset.CLIENT_SDK)
        NexmoToken bobRichToken;

        @Test
        void instanceFields() {
            assertThat(app.id()).isEqualTo(classApplication.id());
            assertThat(nexmo).isSameAs(classEnvironment);
            assertThat(bob.applicationId()).isEqualTo(app.id());
            assertThat(verify(nexmo, bobToken).subject()).isEqualTo("bob");
            assertThat(verify(nexmo, bobRichToken.value()).expiresAt())
                    .isEqualTo(bobRichToken.expiresAt())
                    .isEqualTo(bobRichToken.issuedAt().plusSeconds(120));
            assertThat(bobRichToken.subject()).contains("bob");
        }

        @Test
        void staticFieldsHoldTheClassApplicationAndItsToken(NexmoApplication parameter) {
            assertThat(classApplication.id()).isEqualTo(parameter.id());
            assertThat(classToken.applicationId()).isEqualTo(parameter.id());
            assertThat(verify(classEnvironment, classToken.value()).acl()).isEqualTo(Acl.allowAll());
        }
    }

    @NexmoTest
    static class LifecycleMethods {

        static NexmoApplication fromBeforeAll;
        private final NexmoUserRef carol;

        LifecycleMethods(@NexmoUser("carol") NexmoUserRef carol) {
            this.carol = carol;
        }

        @BeforeAll
        static void remember(NexmoApplication app) {
            fromBeforeAll = app;
        }

        @Test
        void sameApplication(NexmoApplication app) {
            assertThat(fromBeforeAll.id()).isEqualTo(app.id());
            assertThat(carol.applicationId()).isEqualTo(app.id());
        }
    }

    @NexmoTest
    static class OtherTypes {

        @Test
        void testInfo(TestInfo info, NexmoApplication app) {
            assertThat(info.getDisplayName()).isEqualTo("testInfo(TestInfo, NexmoApplication)");
        }

        @Test
        void plainString(String notOurs) {}
    }
}
