package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.application.ApplicationClient;
import com.vonage.client.application.ApplicationResponseException;
import com.vonage.client.users.ListUsersRequest;
import com.vonage.client.users.User;
import com.vonage.client.users.UsersClient;
import com.vonage.client.users.UsersResponseException;
import io.github.nexmock.server.NexmoMockServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The Vonage Java SDK's {@code VonageClient} injected, on the SDK version of this build ({@code vonage.sdk.version},
 * 9.3.1): every base URI on the mock, the account's credentials for the Application API, the test application's id
 * and key for the Users API.
 */
class VonageClientInjectionTest {

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
    void aTestThatOnlyDeclaresAVonageClientCreatesApplicationsAndUsersOnTheMock() {
        Engine.assertAllPassed(Engine.run(OnlyAClient.class), 2);
    }

    @Test
    void theInjectedClientActsForTheTestsApplication() {
        Engine.assertAllPassed(Engine.run(BesideTheApplication.class), 1);
    }

    @Test
    void onTheRealTargetTheClientUsesItsBaseUrlAndCredentials() {
        Engine.assertAllPassed(Engine.run(Platforms.realTargetAt(platform), BesideTheApplication.class), 1);

        assertThat(platform.state().applications())
                .as("applications left on the platform")
                .isEmpty();
    }

    @Test
    void aWrongSecretOnTheRealTargetFailsTheTestWithThePlatformsAnswerAndNotTheSecret() {
        Map<String, String> configuration = new HashMap<>(Platforms.realTargetAt(platform));
        configuration.put("nexmock.api-secret", "not-the-secret");

        assertThat(Engine.outcomeOf(
                        Engine.run(configuration, BesideTheApplication.class),
                        "readsItsOwnUsers(VonageClient, NexmoApplication, NexmoUserRef)"))
                .hasMessageContaining("POST " + platform.baseUrl() + "/v2/applications answered 401")
                .hasMessageNotContaining("not-the-secret");
    }

    @Test
    void theSdksUnauthorizedExceptionsReachTheTest() {
        Engine.assertAllPassed(Engine.run(Refusals.class), 1);
    }

    @Test
    void withoutTheSdkAVonageClientParameterSaysWhichDependencyToAdd() {
        ClassLoader withoutVonage = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("com.vonage.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };

        assertThat(VonageSdk.isPresent(getClass().getClassLoader())).isTrue();
        assertThat(VonageSdk.isPresent(withoutVonage)).isFalse();
        assertThatThrownBy(() -> VonageSdk.requirePresent(
                        VonageSdk.isPresent(withoutVonage), "parameter 1 (VonageClient) of test()"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("parameter 1 (VonageClient) of test() is a VonageClient, but the Vonage Java SDK is not on"
                        + " the class path nexmock is loaded from; add the dependency com.vonage:server-sdk (9.x) in"
                        + " test scope");
    }

    @NexmoTest
    static class OnlyAClient {

        VonageClient vonage;

        @Test
        void createsReadsUpdatesListsAndDeletesAnApplication() {
            ApplicationClient applications = vonage.getApplicationClient();

            Application created = applications.createApplication(
                    Application.builder().name("made by the SDK").build());
            assertThat(created.getKeys().getPrivateKey()).startsWith("-----BEGIN PRIVATE KEY-----");
            String id = created.getId().toString();
            assertThat(applications.getApplication(id).getName()).isEqualTo("made by the SDK");
            assertThat(applications
                            .updateApplication(Application.builder(applications.getApplication(id))
                                    .name("renamed by the SDK")
                                    .build())
                            .getName())
                    .isEqualTo("renamed by the SDK");
            assertThat(applications.listAllApplications())
                    .extracting(Application::getName)
                    .contains("renamed by the SDK");

            applications.deleteApplication(id);
            assertThatThrownBy(() -> applications.getApplication(id))
                    .isInstanceOfSatisfying(ApplicationResponseException.class, e -> assertThat(e.getStatusCode())
                            .isEqualTo(404));
        }

        @Test
        void createsReadsUpdatesListsAndDeletesAUser() {
            UsersClient users = vonage.getUsersClient();

            User alice = users.createUser(
                    User.builder().name("alice").displayName("Alice").build());
            assertThat(alice.getId()).startsWith("USR-");
            assertThat(users.getUser(alice.getId()).getDisplayName()).isEqualTo("Alice");
            assertThat(users.updateUser(
                                    alice.getId(),
                                    User.builder().displayName("Alice A.").build())
                            .getDisplayName())
                    .isEqualTo("Alice A.");
            assertThat(users.listUsers(ListUsersRequest.builder().name("alice").build())
                            .getUsers())
                    .extracting(user -> user.getId())
                    .containsExactly(alice.getId());

            users.deleteUser(alice.getId());
            assertThatThrownBy(() -> users.getUser(alice.getId()))
                    .isInstanceOfSatisfying(UsersResponseException.class, e -> assertThat(e.getStatusCode())
                            .isEqualTo(404));
        }
    }

    @NexmoTest
    static class BesideTheApplication {

        @Test
        void readsItsOwnUsers(VonageClient vonage, NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice) {
            assertThat(vonage.getUsersClient().getUser(alice.id()).getName()).isEqualTo("alice");
            assertThat(vonage.getApplicationClient()
                            .getApplication(app.id())
                            .getKeys()
                            .getPublicKey()
                            .strip())
                    .isEqualTo(app.publicKeyPem().strip());
        }
    }

    @NexmoTest
    static class Refusals {

        @Test
        void anApplicationDeletedUnderTheClientRefusesItsTokens(
                VonageClient vonage, NexmoEnvironment nexmo, NexmoApplication app) {
            nexmo.mockServer().orElseThrow().state().deleteApplication(app.id());

            assertThatThrownBy(() -> vonage.getUsersClient().listUsers())
                    .isInstanceOfSatisfying(UsersResponseException.class, e -> assertThat(e.getStatusCode())
                            .isEqualTo(401));
        }
    }
}
