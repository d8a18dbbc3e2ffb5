package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.jwt.Acl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Runs only in the {@code without-vonage-sdk} surefire execution, whose class path lacks {@code com.vonage:server-sdk}
 * (an optional dependency) and which sets the property below: the extension loads and injects everything else without
 * linkage errors.
 */
@EnabledIfSystemProperty(named = "nexmock.test.without-vonage-sdk", matches = "true")
class WithoutVonageSdkTest {

    @Test
    void theSdkIsReallyAbsentFromThisRun() {
        assertThatThrownBy(() -> Class.forName(VonageSdk.CLIENT_CLASS)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theExtensionInjectsEverythingElse() {
        Engine.assertAllPassed(Engine.run(EverythingElse.class), 1);
    }

    @Test
    void aVonageClientWouldBeRefusedNamingTheDependency() {
        assertThat(VonageSdk.isPresent(NexmoExtension.class.getClassLoader())).isFalse();
        assertThatThrownBy(() -> VonageSdk.requirePresent(false, "field Provisioning.vonage"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("add the dependency com.vonage:server-sdk (9.x) in test scope");
    }

    @NexmoTest
    static class EverythingElse {

        NexmoApplication app;

        @Test
        void test(
                NexmoEnvironment nexmo,
                @NexmoUser("alice") NexmoUserRef alice,
                @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String jwt) {
            assertThat(nexmo.apiClient().users(jwt))
                    .extracting(user -> user.path("id").asText())
                    .containsExactly(alice.id());
            assertThat(alice.applicationId()).isEqualTo(app.id());
        }
    }
}
