package io.github.nexmock.samples.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.users.User;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.Test;

/**
 * README "HTTPS": the Vonage Java SDK against the mock over TLS, configured the way production code configures it
 * (base URI and credentials), plus the one thing a test adds: an HTTP client that trusts the mock's CA.
 */
@NexmoTest(https = true)
class VonageClientOverHttpsTest {

    @Test
    void theSdkCreatesAUserAndListsApplicationsOverTls(NexmoEnvironment nexmo, NexmoApplication app) {
        // snippet:https-client
        VonageClient vonage = VonageClient.builder()
                .apiKey(nexmo.apiKey())
                .apiSecret(nexmo.apiSecret())
                .applicationId(app.id())
                .privateKeyContents(app.privateKeyPem())
                .httpConfig(HttpConfig.builder().baseUri(nexmo.baseUrl()).build())
                .httpClient(
                        HttpClients.custom().setSSLContext(nexmo.sslContext()).build())
                .build();
        // end-snippet:https-client

        User alice =
                vonage.getUsersClient().createUser(User.builder().name("alice").build());

        assertThat(nexmo.baseUrl().getScheme()).isEqualTo("https");
        assertThat(vonage.getUsersClient().getUser(alice.getId()).getName()).isEqualTo("alice");
        assertThat(vonage.getApplicationClient().listAllApplications())
                .extracting(application -> application.getId().toString())
                .contains(app.id());
    }

    @Test
    void anSdkThatDoesNotTrustTheMocksCaFailsTheHandshake(NexmoEnvironment nexmo, NexmoApplication app) {
        VonageClient untrusting = sdk(nexmo, app).build();

        assertThatThrownBy(() -> untrusting.getApplicationClient().listAllApplications())
                .satisfies(failure -> assertThat(causes(failure))
                        .filteredOn(SSLHandshakeException.class::isInstance)
                        .singleElement()
                        .extracting(Throwable::getMessage)
                        .asString()
                        .startsWith("PKIX path building failed"));
    }

    @Test
    void theInjectedClientTrustsTheMockAlready(VonageClient vonage) {
        Application chat = vonage.getApplicationClient()
                .createApplication(Application.builder().name("chat over tls").build());

        assertThat(chat.getKeys().getPrivateKey()).startsWith("-----BEGIN PRIVATE KEY-----");
        vonage.getApplicationClient().deleteApplication(chat.getId().toString());
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static VonageClient.Builder sdk(NexmoEnvironment nexmo, NexmoApplication app) {
        return VonageClient.builder()
                .apiKey(nexmo.apiKey())
                .apiSecret(nexmo.apiSecret())
                .applicationId(app.id())
                .privateKeyContents(app.privateKeyPem())
                .httpConfig(HttpConfig.builder().baseUri(nexmo.baseUrl()).build());
    }
}
