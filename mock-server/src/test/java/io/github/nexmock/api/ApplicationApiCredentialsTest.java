package io.github.nexmock.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.StateSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may call the Application API: the Application API v2 reference documents {@code Authorization: Basic
 * base64(api_key:api_secret)} only, and v1 took {@code api_key}/{@code api_secret} as parameters too; no JWT is
 * documented for either (nexmo-api.md "Who may call what").
 */
class ApplicationApiCredentialsTest {

    private static NexmoMockServer server;
    private static MockFixture mock;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
        mock = new MockFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // Issue 12, table row 4: a user's client SDK token (its ACL has /*/applications/**) replaced the application's key
    // or deleted the application with all its users. The Application API takes the account's credentials only.
    @Test
    void aUsersClientSdkTokenCanNeitherReplaceTheKeyNorDeleteTheApplication() {
        CreatedApplication app = TestKeyPairs.application(server, "chat");
        server.createUser(app.id(), "alice");
        StateSnapshot before = server.state().snapshot();
        String alice = MockFixture.userToken(app, "alice", Acl.clientSdk());

        HttpCall.Reply replace = mock.anonymous("PUT", "/v2/applications/" + app.id())
                .bearer(alice)
                .json("{\"name\":\"chat\",\"keys\":{\"public_key\":" + TestKeyPairs.jsonPem(TestKeyPairs.SECOND) + "}}")
                .send();
        HttpCall.Reply delete = mock.anonymous("DELETE", "/v2/applications/" + app.id())
                .bearer(alice)
                .send();

        for (HttpCall.Reply refused : new HttpCall.Reply[] {replace, delete}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("reason").asText()).isEqualTo("APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS");
            assertThat(refused.json().get("detail").asText())
                    .startsWith("the Application API takes the account's API key and secret");
        }
        assertThat(server.state().snapshot()).isEqualTo(before);
        assertThat(mock.app(app, "GET", "/v1/users").send().status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /v2/applications",
        "POST, /v2/applications",
        "GET, /v2/applications/{id}",
        "PUT, /v2/applications/{id}",
        "DELETE, /v2/applications/{id}",
        "GET, /v1/applications",
        "GET, /v1/applications/{id}",
        "DELETE, /v1/applications/{id}"
    })
    void refusesAnApplicationsOwnTokenOnEveryApplicationApiRoute(String method, String path) {
        CreatedApplication app = TestKeyPairs.application(server, "own");
        HttpCall call = mock.app(app, method, path.replace("{id}", app.id()));
        if (!method.equals("GET") && !method.equals("DELETE")) {
            call.json("{\"name\":\"renamed\"}");
        }

        HttpCall.Reply refused = call.send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.json().get("reason").asText()).isEqualTo("APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS");
        assertThat(refused.json().get("detail").asText())
                .contains(
                        path.startsWith("/v1")
                                ? "or the api_key and api_secret parameters"
                                : "Authorization: Basic base64(api_key:api_secret)");
        assertThat(server.state().application(app.id()).orElseThrow().name()).isEqualTo("own");
        assertThat(server.rejections().all())
                .last()
                .extracting(rejection -> rejection.reason().name())
                .isEqualTo("APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS");
    }

    @Test
    void theAccountCredentialsStillReachEveryApplication() {
        CreatedApplication app = TestKeyPairs.application(server, "reachable");

        assertThat(mock.account("GET", "/v2/applications/" + app.id()).send().status())
                .isEqualTo(200);
        assertThat(mock.anonymous(
                                "GET",
                                "/v1/applications/" + app.id() + "?api_key=" + server.apiKey() + "&api_secret="
                                        + server.apiSecret())
                        .send()
                        .status())
                .isEqualTo(200);
    }
}
