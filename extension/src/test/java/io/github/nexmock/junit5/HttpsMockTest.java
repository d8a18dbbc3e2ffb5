package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vonage.client.VonageClient;
import com.vonage.client.users.User;
import io.github.nexmock.jwt.Acl;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mock over HTTPS, asked for by annotation, builder or configuration parameter: an {@code https://} base URL, a
 * TLS context and trust store that trust it, an API client and a {@code VonageClient} that work over TLS, and a client
 * that does not trust the mock's CA refused.
 */
class HttpsMockTest {

    @Test
    void theAnnotationServesTheMockOverHttpsAndTheEnvironmentSaysHowToTrustIt() {
        Engine.assertAllPassed(Engine.run(OverHttps.class), 2);
    }

    @Test
    void theBuilderAsksForHttpsToo() {
        Engine.assertAllPassed(Engine.run(ByBuilder.class), 1);
    }

    @Test
    void theConfigurationParameterServesAWholeRunOverHttps() {
        Engine.assertAllPassed(Engine.run(Map.of(TestScope.HTTPS, "true"), ByParameter.class), 1);
        Engine.assertAllPassed(Engine.run(Map.of(TestScope.HTTPS, "false"), OverHttp.class), 1);
    }

    @Test
    void aParameterThatIsNeitherTrueNorFalseIsAConfigurationError() {
        Throwable failure = Engine.outcomeOf(Engine.run(Map.of(TestScope.HTTPS, "yes"), OverHttp.class), "OverHttp");

        assertThat(failure).hasMessage("nexmock.https is 'yes'; use true or false");
    }

    @NexmoTest(https = true)
    static class OverHttps {

        @Test
        void aClientGivenTheSslContextIsServedAndOneWithoutItIsRefused(
                NexmoEnvironment nexmo, @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String jwt)
                throws Exception {
            HttpRequest users = HttpRequest.newBuilder(nexmo.baseUrl().resolve("/v1/users"))
                    .header("Authorization", "Bearer " + jwt)
                    .build();

            assertThat(nexmo.baseUrl().toString()).startsWith("https://127.0.0.1:");
            assertThat(HttpClient.newBuilder()
                            .sslContext(nexmo.sslContext())
                            .build()
                            .send(users, HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(users, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThat(nexmo.caCertificate().orElseThrow()).content().startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(nexmo.trustStore().orElseThrow()).isRegularFile();
            // the bundled client reads the users over TLS (the other test may have created some by then)
            assertThat(nexmo.apiClient().users(jwt))
                    .allSatisfy(user -> assertThat(user.path("id").asText()).startsWith("USR-"));
            assertThat(nexmo.mockServer().orElseThrow().httpsTrust()).isPresent();
        }

        @Test
        void anInjectedVonageClientWorksOverTls(VonageClient vonage) {
            User alice = vonage.getUsersClient()
                    .createUser(User.builder().name("alice").build());

            assertThat(vonage.getUsersClient().getUser(alice.getId()).getName()).isEqualTo("alice");
            assertThat(vonage.getApplicationClient().listAllApplications()).isNotEmpty();
        }
    }

    static class ByBuilder {

        @RegisterExtension
        static NexmoExtension nexmo = NexmoExtension.builder().https().build();

        @Test
        void servesHttps(NexmoEnvironment environment) {
            assertThat(environment.baseUrl().getScheme()).isEqualTo("https");
        }
    }

    @NexmoTest
    static class ByParameter {

        @Test
        void servesHttps(NexmoEnvironment environment) {
            assertThat(environment.baseUrl().getScheme()).isEqualTo("https");
        }
    }

    @NexmoTest
    static class OverHttp {

        @Test
        void servesHttpWithTheJvmsTlsContext(NexmoEnvironment environment) throws Exception {
            assertThat(environment.baseUrl().getScheme()).isEqualTo("http");
            assertThat(environment.caCertificate()).isEmpty();
            assertThat(environment.trustStore()).isEmpty();
            assertThat(environment.sslContext()).isSameAs(SSLContext.getDefault());
        }
    }
}
