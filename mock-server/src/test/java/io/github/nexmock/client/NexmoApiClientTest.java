package io.github.nexmock.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NexmoApiClientTest {

    private static final String BASIC = "Basic a2V5OnNlY3JldA==";
    private static WireMockServer api;

    private NexmoApiClient client;

    @BeforeAll
    static void startApi() {
        api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void client() {
        api.resetAll();
        client = new NexmoApiClient(URI.create(api.baseUrl()));
    }

    @Test
    void createsAnApplicationWithBasicAuthentication() {
        api.stubFor(post("/v2/applications")
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"name\":\"demo\"}"))
                .willReturn(
                        aResponse().withStatus(201).withBody("{\"id\":\"app-1\",\"keys\":{\"private_key\":\"PEM\"}}")));

        assertThat(client.createApplication(
                                "key",
                                "secret",
                                JsonNodeFactory.instance.objectNode().put("name", "demo"))
                        .at("/keys/private_key")
                        .asText())
                .isEqualTo("PEM");
    }

    @Test
    void createsAnApplicationWithAPublicKeyAndCapabilities() {
        api.stubFor(post("/v2/applications")
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson(
                        "{\"name\":\"demo\",\"keys\":{\"public_key\":\"PEM\"}," + "\"capabilities\":{\"rtc\":{}}}"))
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":\"app-1\"}")));
        var capabilities = JsonNodeFactory.instance.objectNode();
        capabilities.putObject("rtc");

        assertThat(client.createApplication("key", "secret", "demo", "PEM", capabilities)
                        .get("id")
                        .asText())
                .isEqualTo("app-1");
    }

    @Test
    void deletesAnApplication() {
        api.stubFor(delete("/v2/applications/app-1")
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(aResponse().withStatus(204)));

        client.deleteApplication("key", "secret", "app-1");

        api.verify(deleteRequestedFor(urlEqualTo("/v2/applications/app-1")));
    }

    @Test
    void readsAnApplicationOrNothingWhenItIsUnknown() {
        api.stubFor(get("/v2/applications/app-1")
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"app-1\"}")));
        api.stubFor(get("/v2/applications/app-2").willReturn(aResponse().withStatus(404)));

        assertThat(client.application("key", "secret", "app-1"))
                .hasValueSatisfying(app -> assertThat(app.get("id").asText()).isEqualTo("app-1"));
        assertThat(client.application("key", "secret", "app-2")).isEmpty();
    }

    @Test
    void createsAUserWithTheApplicationToken() {
        api.stubFor(post("/v1/users")
                .withHeader("Authorization", equalTo("Bearer a.b.c"))
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":\"USR-1\"}")));

        assertThat(client.createUser(
                                "a.b.c", JsonNodeFactory.instance.objectNode().put("name", "alice"))
                        .get("id")
                        .asText())
                .isEqualTo("USR-1");
    }

    @Test
    void listsEveryUserByFollowingTheNextLinks() {
        api.stubFor(get("/v1/users?page_size=100")
                .withHeader("Authorization", equalTo("Bearer a.b.c"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(
                                "{\"_embedded\":{\"users\":[{\"id\":\"USR-1\"}]}," + "\"_links\":{\"next\":{\"href\":\""
                                        + api.baseUrl() + "/v1/users?page_size=100&cursor=c2\"}}}")));
        api.stubFor(get("/v1/users?page_size=100&cursor=c2")
                .withHeader("Authorization", equalTo("Bearer a.b.c"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"_embedded\":{\"users\":[{\"id\":\"USR-2\"}]}," + "\"_links\":{}}")));

        assertThat(client.users("a.b.c"))
                .extracting(user -> user.get("id").asText())
                .containsExactly("USR-1", "USR-2");
    }

    @Test
    void deletesAUser() {
        api.stubFor(delete("/v1/users/USR-1")
                .withHeader("Authorization", equalTo("Bearer a.b.c"))
                .willReturn(aResponse().withStatus(204)));

        client.deleteUser("a.b.c", "USR-1");

        api.verify(deleteRequestedFor(urlEqualTo("/v1/users/USR-1")));
    }

    @Test
    void carriesTheProblemDetailOfARefusal() {
        api.stubFor(
                delete("/v1/users/USR-9")
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withBody(
                                                "{\"title\":\"User not found\",\"detail\":\"User 'USR-9' does not exist.\",\"code\":\"user:error:not-found\"}")));

        assertThatThrownBy(() -> client.deleteUser("a.b.c", "USR-9"))
                .isInstanceOfSatisfying(NexmoApiException.class, failure -> {
                    assertThat(failure.status()).isEqualTo(404);
                    assertThat(failure.detail()).contains("User 'USR-9' does not exist.");
                    assertThat(failure.problem().get("code").asText()).isEqualTo("user:error:not-found");
                });
    }

    @Test
    void reportsTheProblemTheApiGaveWithoutTheCredentials() {
        api.stubFor(post("/v2/applications")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody(
                                "{\"type\":\"https://developer.nexmo.com/api-errors#unauthorized\",\"title\":\"Invalid credentials\","
                                        + "\"detail\":\"You did not provide correct credentials.\"}")));

        assertThatThrownBy(() -> client.createApplication("key", "secret", JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(NexmoApiException.class)
                .hasMessage("POST " + api.baseUrl() + "/v2/applications answered 401 Invalid credentials: "
                        + "You did not provide correct credentials.")
                .hasMessageNotContaining("secret")
                .satisfies(failure ->
                        assertThat(((NexmoApiException) failure).status()).isEqualTo(401));
    }

    @Test
    void saysWhenNothingListensAtTheBaseUrl() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NexmoApiClient nowhere = new NexmoApiClient(URI.create("http://127.0.0.1:" + port));

        assertThatThrownBy(() -> nowhere.application("key", "secret", "app-1"))
                .isInstanceOf(NexmoApiException.class)
                .hasMessageStartingWith("cannot reach http://127.0.0.1:" + port + " (GET ")
                .hasMessageEndingWith("connection refused");
    }
}
