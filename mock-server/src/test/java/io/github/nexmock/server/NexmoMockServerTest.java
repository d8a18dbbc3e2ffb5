package io.github.nexmock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.state.StateSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NexmoMockServerTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void listsOnLoopbackOnARandomPortWithGeneratedCredentialsByDefault() {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            assertThat(server.wireMock().getOptions().bindAddress()).isEqualTo("127.0.0.1");
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(server.port()).isPositive();
            assertThat(server.apiKey()).matches("[0-9a-f]{8}");
            assertThat(server.apiSecret()).matches("[A-Za-z0-9]{16}");
            assertThat(server.extensions().account().toString()).doesNotContain(server.apiSecret());
        }
    }

    /**
     * Every secret the options take (the account's api_secret through {@code account(key, secret)}, the admin token,
     * the signature secret) stays out of their text, which a test report or a debugger shows; the key is named.
     */
    @Test
    void theOptionsTextNamesTheKeyButNoSecret() {
        NexmockOptions options = NexmockOptions.builder()
                .account("the-key", "account-secret")
                .adminToken("admin-token-value")
                .signatureSecret("signature-secret-value")
                .build();

        assertThat(options.toString())
                .contains("the-key")
                .doesNotContain("account-secret")
                .doesNotContain("admin-token-value")
                .doesNotContain("signature-secret-value");
    }

    @Test
    void theProgrammaticApiCreatesApplicationsAndUsersWhoseTokensWorkUntilDeleted() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().account("key", "secret").build())
                .build()
                .start()) {
            CreatedApplication app = server.createApplication("programmatic");
            server.createUser(app.id(), "alice");
            String token = NexmoJwts.builder()
                    .applicationId(app.id())
                    .privateKey(app.privateKey())
                    .sign();

            HttpResponse<String> users = get(server, "/v1/users", "Bearer " + token);
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains("\"alice\"");
            assertThat(app.toString()).doesNotContain("PRIVATE").contains(app.id());

            server.deleteApplication(app.id());
            assertThat(get(server, "/v1/users", "Bearer " + token).statusCode()).isEqualTo(401);
            assertThat(server.rejections().all())
                    .extracting(rejection -> rejection.reason().name())
                    .containsExactly("UNKNOWN_APPLICATION");
        }
    }

    @Test
    void keepsItsStateAcrossStopAndStart() {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            CreatedApplication app = server.createApplication("kept");
            server.stop();
            assertThat(server.isRunning()).isFalse();
            assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);

            server.start();

            assertThat(server.state().application(app.id())).isPresent();
        }
    }

    @Test
    void startsFromAnInitialStateAndRefusesToRestartOnceClosed() {
        StateSnapshot snapshot;
        try (NexmoMockServer first = NexmoMockServer.builder().build()) {
            CreatedApplication app = first.createApplication("seed");
            first.createUser(app.id(), "alice");
            snapshot = first.state().snapshot();
        }
        NexmoMockServer second =
                NexmoMockServer.builder().initialState(snapshot).build();
        second.close();

        assertThat(second.state().snapshot()).isEqualTo(snapshot);
        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void keepsApplicationsInAStateFileAcrossServers(@TempDir Path directory) {
        Path file = directory.resolve("nexmock.state");
        String id;
        try (NexmoMockServer first =
                NexmoMockServer.builder().stateFile(file).build().start()) {
            id = first.createApplication("durable").id();
        }
        try (NexmoMockServer second =
                NexmoMockServer.builder().stateFile(file).build().start()) {
            assertThat(second.state().application(id)).isPresent();
        }
    }

    @Test
    void wireMocksJournalNeverHoldsTheSecretOrAGeneratedPrivateKey() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().account("key", "very-secret").build())
                .build()
                .start()) {
            HttpResponse<String> created = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v2/applications"))
                            .header("Authorization", basic("key", "very-secret"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"journaled\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.body()).contains("BEGIN PRIVATE KEY");
            get(server, "/v2/applications?api_key=key&api_secret=very-secret", null);
            get(server, "/v2/applications", basic("key", "wrong-secret"));
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/applications"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "api_key=key&api_secret=very-secret&name=legacy&type=rtc"
                                            + "&event_url=https://example.com/rtc"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            String journal = get(server, "/__admin/requests", null).body();

            assertThat(journal)
                    .contains("/v2/applications")
                    .contains("<redacted>")
                    .doesNotContain("very-secret")
                    .doesNotContain(base64("key:very-secret"))
                    .doesNotContain(base64("key:wrong-secret"))
                    .doesNotContain("PRIVATE KEY");
            assertThat(server.wireMock().getAllServeEvents()).hasSize(4);
        }
    }

    @Test
    void answersAnAuthenticatedRequestNoStubServesWithAProblem() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().account("key", "secret").build())
                .build()
                .start()) {
            HttpResponse<String> missing = get(server, "/v1/stubbed-only", basic("key", "secret"));

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(missing.body()).contains("no stub matches GET /v1/stubbed-only");
        }
    }

    private static HttpResponse<String> get(NexmoMockServer server, String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String key, String secret) {
        return "Basic " + base64(key + ":" + secret);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
