package io.github.nexmock.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import org.junit.jupiter.api.Test;

class AdminApiTest {

    @Test
    void showsTheStateWithoutPrivateKeys() {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            MockFixture mock = new MockFixture(server);
            String created = mock.account("POST", "/v2/applications")
                    .json("{\"name\":\"generated\"}")
                    .send()
                    .body();
            CreatedApplication app = server.createApplication("programmatic");
            server.createUser(app.id(), "alice");

            HttpCall.Reply state =
                    mock.anonymous("GET", "/__admin/nexmock/state").send();

            assertThat(state.status()).isEqualTo(200);
            JsonNode body = state.json();
            assertThat(body.get("applications"))
                    .extracting(application -> application.get("name").asText())
                    .containsExactly("generated", "programmatic");
            assertThat(body.at("/users/0/name").asText()).isEqualTo("alice");
            assertThat(body.at("/users/0/application_id").asText()).isEqualTo(app.id());
            assertThat(created).contains("PRIVATE KEY");
            assertThat(state.body()).doesNotContain("PRIVATE KEY").doesNotContain("private_key");
        }
    }

    @Test
    void readsAndClearsTheRejectionLogAndResetsEverything() {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            MockFixture mock = new MockFixture(server);
            server.createApplication("app");
            mock.anonymous("GET", "/v2/applications").send();
            long mark = server.rejections().mark();
            mock.anonymous("GET", "/v1/users").bearer("x.y.z").send();

            JsonNode all =
                    mock.anonymous("GET", "/__admin/nexmock/rejections").send().json();
            JsonNode since = mock.anonymous("GET", "/__admin/nexmock/rejections?since=" + mark)
                    .send()
                    .json();

            assertThat(all.get("mark").asLong()).isEqualTo(mark + 1);
            assertThat(all.get("rejections"))
                    .extracting(rejection -> rejection.get("reason").asText())
                    .containsExactly("MISSING_CREDENTIALS", "MALFORMED");
            assertThat(since.get("rejections")).hasSize(1);
            assertThat(since.at("/rejections/0/path").asText()).isEqualTo("/v1/users");
            assertThat(mock.anonymous("GET", "/__admin/nexmock/rejections?since=soon")
                            .send()
                            .status())
                    .isEqualTo(400);

            assertThat(mock.anonymous("POST", "/__admin/nexmock/reset").send().status())
                    .isEqualTo(204);
            assertThat(server.state().applications()).isEmpty();
            assertThat(server.rejections().all()).isEmpty();
        }
    }

    @Test
    void wireMocksOwnAdminApiKeepsWorking() {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            MockFixture mock = new MockFixture(server);
            mock.account("GET", "/v2/applications").send();

            assertThat(mock.anonymous("GET", "/__admin/mappings").send().status())
                    .isEqualTo(200);
            assertThat(mock.anonymous("GET", "/__admin/requests").send().json().get("requests"))
                    .hasSize(1);
        }
    }

    @Test
    void anAdminTokenGuardsEveryAdminEndpointButNotTheApi() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().adminToken("let-me-in").build())
                .build()
                .start()) {
            MockFixture mock = new MockFixture(server);

            HttpCall.Reply refused =
                    mock.anonymous("GET", "/__admin/nexmock/state").send();
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("reason").asText()).isEqualTo("ADMIN_TOKEN_REQUIRED");
            assertThat(mock.anonymous("GET", "/__admin/mappings")
                            .bearer("wrong")
                            .send()
                            .status())
                    .isEqualTo(401);

            assertThat(mock.anonymous("GET", "/__admin/nexmock/state")
                            .bearer("let-me-in")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(mock.anonymous("GET", "/__admin/mappings")
                            .bearer("let-me-in")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(mock.account("GET", "/v2/applications").send().status()).isEqualTo(200);
        }
    }
}
