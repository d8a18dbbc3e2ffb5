package io.github.nexmock.samples.wiremock;

// snippet:own-wiremock
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.NexmockWireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** nexmock's checks on your own WireMock: the stub answers only a token Nexmo would accept. */
class VoiceStubTest {

    // An application in nexmock's state, registered with the public half of a key pair the test holds.
    static final KeyPair VOICE_APP_KEYS = KeyPairPool.shared().take();
    static final NexmockWireMock NEXMOCK = NexmockWireMock.builder().build();
    static final String VOICE_APP_ID =
            NEXMOCK.createApplication("voice", VOICE_APP_KEYS.getPublic()).id();

    // Your WireMock, with nexmock's extensions: its stubs now need credentials Nexmo would accept.
    @RegisterExtension
    static final WireMockExtension VOICE_API = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(NEXMOCK.extensions()))
            .build();

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCallSignedWithTheApplicationsKeyGetsTheStub() throws Exception {
        VOICE_API.stubFor(post("/v1/stubbed-api")
                .willReturn(okJson("{\"status\":\"started\"}").withStatus(201)));
        // An application JWT (application_id, iat, jti, 15 minutes), signed RS256 with the application's private key.
        String token = NexmoJwts.builder()
                .applicationId(VOICE_APP_ID)
                .privateKey(VOICE_APP_KEYS.getPrivate())
                .sign();

        HttpResponse<String> call = http.send(
                HttpRequest.newBuilder(URI.create(VOICE_API.baseUrl() + "/v1/stubbed-api"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(call.statusCode()).isEqualTo(201);
        assertThat(NEXMOCK.rejections().all()).isEmpty();
    }
}
// end-snippet:own-wiremock
