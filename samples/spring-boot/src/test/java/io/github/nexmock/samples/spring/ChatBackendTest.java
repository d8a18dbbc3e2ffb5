package io.github.nexmock.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Users provisioned and client SDK tokens issued through the backend's HTTP API, checked on the mock. */
class ChatBackendTest extends ChatBackendTestBase {

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
}
