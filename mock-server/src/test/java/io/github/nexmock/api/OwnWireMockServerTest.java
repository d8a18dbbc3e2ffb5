package io.github.nexmock.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.server.NexmockWireMock;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.NexmoState;
import org.junit.jupiter.api.Test;

/** The nexmock extensions on a WireMockServer the user builds, guarding the user's own stub of another Nexmo API. */
class OwnWireMockServerTest {

    @Test
    void protectsTheUsersOwnCallsStubWithNexmoJwts() {
        NexmoState state = NexmoState.inMemory();
        String appId = state.createApplication(
                        ApplicationFields.of("voice app", TestKeyPairs.publicPem(TestKeyPairs.FIRST)))
                .id();
        NexmockWireMock nexmock = NexmockWireMock.builder()
                .state(state)
                .options(NexmockOptions.builder()
                        .account(new ApiCredentials("key", "secret", "test"))
                        .build())
                .build();
        WireMockServer wireMock = new WireMockServer(
                options().dynamicPort().bindAddress("127.0.0.1").extensions(nexmock.extensions()));
        wireMock.start();
        try {
            wireMock.stubFor(post("/v1/my-stub")
                    .willReturn(aResponse()
                            .withStatus(201)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"uuid\":\"call-1\"}")));
            String base = wireMock.baseUrl();
            String token = NexmoJwts.builder()
                    .applicationId(appId)
                    .privateKey(TestKeyPairs.FIRST.getPrivate())
                    .sign();
            String wrongAcl = NexmoJwts.builder()
                    .applicationId(appId)
                    .privateKey(TestKeyPairs.FIRST.getPrivate())
                    .subject("alice")
                    .acl(Acl.clientSdk())
                    .sign();

            HttpCall.Reply placed = HttpCall.to(base, "POST", "/v1/my-stub")
                    .bearer(token)
                    .json("{}")
                    .send();
            HttpCall.Reply anonymous =
                    HttpCall.to(base, "POST", "/v1/my-stub").json("{}").send();
            HttpCall.Reply denied = HttpCall.to(base, "POST", "/v1/my-stub")
                    .bearer(wrongAcl)
                    .json("{}")
                    .send();

            assertThat(placed.status()).isEqualTo(201);
            assertThat(placed.json().get("uuid").asText()).isEqualTo("call-1");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.json().get("reason").asText()).isEqualTo("ACL_DENIES_PATH");
            assertThat(nexmock.rejections().all()).hasSize(2);
            wireMock.verify(
                    1,
                    postRequestedFor(urlPathEqualTo("/v1/my-stub"))
                            .withHeader("Authorization", equalTo("Bearer " + token)));
            assertThat(HttpCall.to(base, "GET", "/v2/applications")
                            .basic("key", "secret")
                            .send()
                            .json()
                            .get("total_items")
                            .asInt())
                    .isEqualTo(1);
        } finally {
            wireMock.stop();
        }
    }
}
