package io.github.nexmock.samples.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.samples.Http;
import io.github.nexmock.server.NexmockWireMock;
import java.net.URI;
import java.security.KeyPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A team that stubs an API nexmock does not serve with its own WireMock registers nexmock's extensions on it, so its
 * {@code POST /v1/stubbed-api} stub only answers requests that carry a JWT Nexmo would accept. (nexmock serves
 * {@code /v1/calls} itself: see {@code voice.ClickToCallTest}.)
 */
class OwnWireMockCallsStubTest {

    static final KeyPair VOICE_APP_KEYS = KeyPairPool.shared().take();
    static final NexmockWireMock NEXMOCK = NexmockWireMock.builder().build();
    static final String VOICE_APP_ID =
            NEXMOCK.createApplication("voice", VOICE_APP_KEYS.getPublic()).id();

    @RegisterExtension
    static final WireMockExtension VOICE_API = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(NEXMOCK.extensions()))
            .build();

    @BeforeEach
    void stubTheCallsEndpoint() {
        VOICE_API.stubFor(post("/v1/stubbed-api")
                .willReturn(okJson("{\"uuid\":\"63f61863-4a51-4f6b-86e1-46edebcf9356\","
                                + "\"status\":\"started\",\"direction\":\"outbound\"}")
                        .withStatus(201)));
    }

    @Test
    void aCallWithTheApplicationsTokenGetsTheStubbedAnswer() {
        String token = NexmoJwts.builder()
                .applicationId(VOICE_APP_ID)
                .privateKey(VOICE_APP_KEYS.getPrivate())
                .sign();

        Http.Reply call = Http.send(
                "POST", calls(), Http.bearer(token), "{\"to\":[{\"type\":\"phone\",\"number\":\"447700900000\"}]}");

        assertThat(call.status()).isEqualTo(201);
        assertThat(call.text("status")).isEqualTo("started");
    }

    @Test
    void aCallWithoutCredentialsIsRefusedWithAProblem() {
        Http.Reply call = Http.send("POST", calls(), null, "{}");

        assertThat(call.status()).isEqualTo(401);
        assertThat(call.contentType()).startsWith("application/problem+json");
        assertThat(call.text("reason")).isEqualTo("MISSING_CREDENTIALS");
    }

    @Test
    void aCallWithATokenSignedByAnotherKeyIsRefusedAsABadSignature() {
        KeyPair someoneElses = KeyPairPool.shared().take();
        String forged = NexmoJwts.builder()
                .applicationId(VOICE_APP_ID)
                .privateKey(someoneElses.getPrivate())
                .sign();

        Http.Reply call = Http.send("POST", calls(), Http.bearer(forged), "{}");

        assertThat(call.status()).isEqualTo(401);
        assertThat(call.contentType()).startsWith("application/problem+json");
        assertThat(call.text("reason")).isEqualTo("BAD_SIGNATURE");
        assertThat(NEXMOCK.rejections().all()).last().satisfies(rejection -> assertThat(rejection.path())
                .isEqualTo("/v1/stubbed-api"));
    }

    private static URI calls() {
        return URI.create(VOICE_API.baseUrl() + "/v1/stubbed-api");
    }
}
