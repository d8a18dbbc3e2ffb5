package io.github.nexmock.api;

import static io.github.nexmock.api.ApplicationsApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.StateSnapshot;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsersApiTest {

    private static final String CONVERSATION = "https://developer.nexmo.com/api/conversation#";

    private static NexmoMockServer server;
    private static MockFixture mock;
    private CreatedApplication app;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
        mock = new MockFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void oneApplication() {
        server.state().reset();
        app = TestKeyPairs.application(server, "chat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v0.3"})
    void createsReadsUpdatesAndDeletesAUser(String version) {
        HttpCall.Reply created = mock.app(app, "POST", "/" + version + "/users")
                .json("{\"name\":\"alice\",\"display_name\":\"Alice\",\"image_url\":\"https://example.com/a.png\","
                        + "\"properties\":{\"custom_data\":{\"team\":\"blue\"}},"
                        + "\"channels\":{\"sms\":[{\"number\":\"447700900000\"}]}}")
                .send();
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).matches("USR-[0-9a-f-]{36}");
        assertThat(created.json().at("/_links/self/href").asText())
                .isEqualTo(server.baseUrl() + "/" + version + "/users/" + id);

        JsonNode fetched =
                mock.app(app, "GET", "/" + version + "/users/" + id).send().json();
        assertThat(fetched.get("display_name").asText()).isEqualTo("Alice");
        assertThat(fetched.at("/properties/custom_data/team").asText()).isEqualTo("blue");
        assertThat(fetched.at("/channels/sms/0/number").asText()).isEqualTo("447700900000");

        HttpCall.Reply patched = mock.app(app, "PATCH", "/" + version + "/users/" + id)
                .json("{\"id\":\"" + id + "\",\"display_name\":\"Alice B.\",\"image_url\":null}")
                .send();
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("display_name").asText()).isEqualTo("Alice B.");
        assertThat(patched.json().has("image_url")).isFalse();
        assertThat(patched.json().get("name").asText()).isEqualTo("alice");

        assertThat(mock.app(app, "DELETE", "/" + version + "/users/" + id)
                        .send()
                        .status())
                .isEqualTo(204);
        assertProblem(
                mock.app(app, "GET", "/" + version + "/users/" + id).send(),
                404,
                CONVERSATION + "user:error:not-found");
    }

    @Test
    void generatesANameWhenNoneIsGiven() {
        HttpCall.Reply created = mock.app(app, "POST", "/v1/users").send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).startsWith("NAM-");
    }

    @Test
    void refusesADuplicateNameWithNexmosCode() {
        mock.app(app, "POST", "/v1/users").json("{\"name\":\"alice\"}").send();

        HttpCall.Reply duplicate =
                mock.app(app, "POST", "/v1/users").json("{\"name\":\"alice\"}").send();

        assertProblem(duplicate, 409, CONVERSATION + "user:error:duplicate-name");
        assertThat(duplicate.json().get("code").asText()).isEqualTo("user:error:duplicate-name");
        assertThat(server.state().users(app.id())).hasSize(1);
    }

    @Test
    void renamingOntoATakenNameIsAConflictAndChangesNothing() {
        server.createUser(app.id(), "alice");
        String bob = server.createUser(app.id(), "bob").id();
        StateSnapshot before = server.state().snapshot();

        HttpCall.Reply refused = mock.app(app, "PATCH", "/v1/users/" + bob)
                .json("{\"name\":\"alice\"}")
                .send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(server.state().snapshot()).isEqualTo(before);
    }

    @Test
    void pagesForwardAndBackWithCursorsLastInEveryLink() {
        for (int i = 1; i <= 5; i++) {
            server.createUser(app.id(), "user-" + i);
        }

        JsonNode first = mock.app(app, "GET", "/v1/users?page_size=2").send().json();
        assertThat(names(first)).containsExactly("user-1", "user-2");
        assertThat(first.at("/_links/prev").isMissingNode()).isTrue();
        String next = first.at("/_links/next/href").asText();
        assertThat(next).matches(".*\\?order=asc&page_size=2&cursor=[A-Za-z0-9_-]+");

        JsonNode second = mock.app(app, "GET", pathOf(next)).send().json();
        assertThat(names(second)).containsExactly("user-3", "user-4");
        assertThat(second.at("/_links/self/href").asText()).isEqualTo(next);

        JsonNode back = mock.app(
                        app, "GET", pathOf(second.at("/_links/prev/href").asText()))
                .send()
                .json();
        assertThat(names(back)).containsExactly("user-1", "user-2");

        JsonNode last = mock.app(
                        app, "GET", pathOf(second.at("/_links/next/href").asText()))
                .send()
                .json();
        assertThat(names(last)).containsExactly("user-5");
        assertThat(last.at("/_links/next").isMissingNode()).isTrue();
    }

    @Test
    void listsNewestFirstInAnyCaseOfOrderAndFiltersByName() {
        for (int i = 1; i <= 3; i++) {
            server.createUser(app.id(), "user-" + i);
        }

        assertThat(names(mock.app(app, "GET", "/v1/users?order=DESC").send().json()))
                .containsExactly("user-3", "user-2", "user-1");
        JsonNode filtered = mock.app(app, "GET", "/v1/users?name=user-2").send().json();
        assertThat(names(filtered)).containsExactly("user-2");
        assertThat(filtered.at("/_links/first/href").asText()).endsWith("/v1/users?order=asc&page_size=10&name=user-2");
    }

    @Test
    void namesInvalidListParameters() {
        HttpCall.Reply refused =
                mock.app(app, "GET", "/v1/users?order=sideways&cursor=bogus!").send();

        assertProblem(refused, 400, CONVERSATION + "http:error:validation-fail");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactly("order", "cursor");
        assertThat(mock.app(app, "GET", "/v1/users?page_size=101").send().status())
                .isEqualTo(400);
        assertThat(mock.app(app, "GET", "/v1/users?page_size=ten").send().status())
                .isEqualTo(400);
    }

    @Test
    void namesEveryInvalidMemberAndChangesNothing() {
        StateSnapshot before = server.state().snapshot();

        HttpCall.Reply refused = mock.app(app, "POST", "/v1/users")
                .json("{\"name\":\" \",\"display_name\":5,\"properties\":{\"custom_data\":[]},"
                        + "\"channels\":{\"pigeon\":[],\"sms\":{}}}")
                .send();

        assertProblem(refused, 400, CONVERSATION + "http:error:validation-fail");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactlyInAnyOrder(
                        "name", "display_name", "properties.custom_data", "channels.pigeon", "channels.sms");
        assertThat(server.state().snapshot()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonAndWrongContentTypes() {
        assertProblem(
                mock.app(app, "POST", "/v1/users").json("{\"name\"").send(),
                400,
                CONVERSATION + "http:error:validation-fail");
        assertProblem(
                mock.app(app, "POST", "/v1/users").form("name=alice").send(),
                415,
                CONVERSATION + "http:error:unsupported-media-type");
        assertThat(server.state().users(app.id())).isEmpty();
    }

    @Test
    void answersWrongVerbsWithMethodNotAllowed() {
        HttpCall.Reply refused =
                mock.app(app, "PUT", "/v1/users/USR-x").json("{}").send();

        assertProblem(refused, 405, CONVERSATION + "http:error:method-not-allowed");
        assertThat(refused.allow()).isEqualTo("GET, PATCH, DELETE");
    }

    @Test
    void anApplicationSeesOnlyItsOwnUsers() {
        CreatedApplication other = TestKeyPairs.application(server, "other", TestKeyPairs.SECOND);
        String theirs = server.createUser(other.id(), "carol").id();
        server.createUser(app.id(), "alice");

        assertThat(names(mock.app(app, "GET", "/v1/users").send().json())).containsExactly("alice");
        assertThat(mock.app(app, "GET", "/v1/users/" + theirs).send().status()).isEqualTo(404);
        assertThat(mock.app(app, "DELETE", "/v1/users/" + theirs).send().status())
                .isEqualTo(404);
        assertThat(mock.app(app, "POST", "/v1/users")
                        .json("{\"name\":\"carol\"}")
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void servesTheV01ShapesOfTheFirstClientSdks() {
        HttpCall.Reply created = mock.app(app, "POST", "/v0.1/users")
                .json("{\"name\":\"alice\"}")
                .send();
        assertThat(created.status()).isEqualTo(200);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("href").asText()).isEqualTo(server.baseUrl() + "/v0.1/users/" + id);

        JsonNode list = mock.app(app, "GET", "/v0.1/users").send().json();
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).get("name").asText()).isEqualTo("alice");
        assertThat(list.get(0).get("href").asText()).endsWith("/v0.1/users/" + id);

        HttpCall.Reply updated = mock.app(app, "PUT", "/v0.1/users/" + id)
                .json("{\"display_name\":\"Al\"}")
                .send();
        assertThat(updated.json().get("display_name").asText()).isEqualTo("Al");
        assertThat(mock.app(app, "GET", "/v0.1/users/" + id)
                        .send()
                        .json()
                        .get("display_name")
                        .asText())
                .isEqualTo("Al");

        HttpCall.Reply deleted = mock.app(app, "DELETE", "/v0.1/users/" + id).send();
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{}");
        assertThat(mock.app(app, "POST", "/v0.1/users")
                        .json("{\"name\":\"x\"}")
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(mock.app(app, "POST", "/v0.1/users")
                        .json("{\"name\":\"x\"}")
                        .send()
                        .status())
                .isEqualTo(409);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.at("/_embedded/users").forEach(user -> names.add(user.get("name").asText()));
        return names;
    }

    private static String pathOf(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
