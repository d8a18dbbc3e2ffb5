package io.github.nexmock.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.junit5.NexmoApp;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.state.Capability;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The backend as Spring Boot runs it, against the mock: {@code @NexmoTest} creates the application and sets the
 * static fields before the first test, {@code @DynamicPropertySource} hands its id and key and the mock's URL and
 * credentials to the {@code vonage.*} properties when Spring starts the context for the first test instance (so not
 * with {@code @TestInstance(PER_CLASS)}, where that comes first), and the test goes through the backend's own HTTP API.
 */
@NexmoTest
@NexmoApp(capabilities = Capability.RTC)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatBackendTest {

    static NexmoEnvironment nexmo;
    static NexmoApplication app;

    @DynamicPropertySource
    static void vonageSettings(DynamicPropertyRegistry properties) {
        properties.add("vonage.base-url", () -> nexmo.baseUrl());
        properties.add("vonage.api-key", () -> nexmo.apiKey());
        properties.add("vonage.api-secret", () -> nexmo.apiSecret());
        properties.add("vonage.application-id", () -> app.id());
        properties.add("vonage.private-key", () -> app.privateKeyPem());
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void provisionsAUserAndIssuesAClientTokenTheMockAcceptsForThatUsersPaths() throws Exception {
        HttpResponse<String> created = post("/users", "{\"name\":\"alice\",\"displayName\":\"Alice\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String aliceId = json.readTree(created.body()).path("id").asText();
        assertThat(aliceId).startsWith("USR-");

        HttpResponse<String> issued = post("/users/alice/token", "");
        assertThat(issued.statusCode()).isEqualTo(200);
        String token = json.readTree(issued.body()).path("token").asText();

        HttpResponse<String> alice = nexmo("GET", "/v1/users/" + aliceId, token);
        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(json.readTree(alice.body()).path("display_name").asText()).isEqualTo("Alice");
        assertThat(nexmo("GET", "/v0.3/users", token).statusCode()).isEqualTo(200);

        // the guide's ACL has no /*/calls/**: the same token may not place calls
        HttpResponse<String> call = nexmo("POST", "/v1/calls", token);
        assertThat(call.statusCode()).isEqualTo(403);
        assertThat(json.readTree(call.body()).path("reason").asText()).isEqualTo("ACL_DENIES_PATH");
    }

    @Test
    void issuesNoTokenForAUserTheApplicationDoesNotHave() throws Exception {
        assertThat(post("/users/mallory/token", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aSecondUserOfTheSameNameIsAConflict() throws Exception {
        assertThat(post("/users", "{\"name\":\"bob\"}").statusCode()).isEqualTo(201);

        assertThat(post("/users", "{\"name\":\"bob\"}").statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> nexmo(String method, String path, String token)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(nexmo.baseUrl().resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
