package io.github.nexmock.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.StateSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationsApiTest {

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

    @BeforeEach
    void emptyState() {
        server.state().reset();
    }

    @Test
    void createsAnApplicationWithAGeneratedKeyPairAndReturnsThePrivateKeyOnlyOnce() {
        HttpCall.Reply created = mock.account("POST", "/v2/applications")
                .json("{\"name\":\"demo\",\"capabilities\":{\"voice\":{\"webhooks\":{\"answer_url\":"
                        + "{\"address\":\"https://example.com/answer\",\"http_method\":\"GET\"}}},\"vbc\":{}}}")
                .send();

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asText();
        assertThat(body.at("/capabilities/voice/webhooks/answer_url/address").asText())
                .isEqualTo("https://example.com/answer");
        assertThat(body.at("/capabilities/vbc").isObject()).isTrue();
        assertThat(body.at("/privacy/improve_ai").asBoolean()).isTrue();
        String privatePem = body.at("/keys/private_key").asText();
        assertThat(RsaKeys.toPublicPem(RsaKeys.publicKeyOf(RsaKeys.readPrivateKey(privatePem))))
                .isEqualTo(body.at("/keys/public_key").asText());

        JsonNode fetched = mock.account("GET", "/v2/applications/" + id).send().json();
        assertThat(fetched.get("name").asText()).isEqualTo("demo");
        assertThat(fetched.at("/keys/private_key").isMissingNode()).isTrue();
    }

    @Test
    void keepsAGivenPublicKeyAndReturnsNoPrivateKey() {
        JsonNode body = mock.account("POST", "/v2/applications")
                .json("{\"name\":\"own key\",\"keys\":{\"public_key\":" + TestKeyPairs.jsonPem(TestKeyPairs.FIRST)
                        + "}}")
                .send()
                .json();

        assertThat(body.at("/keys/public_key").asText()).isEqualTo(TestKeyPairs.publicPem(TestKeyPairs.FIRST));
        assertThat(body.at("/keys/private_key").isMissingNode()).isTrue();
    }

    @Test
    void pagesTheListWithTotalsAndLinks() {
        for (int i = 1; i <= 5; i++) {
            TestKeyPairs.application(server, "app-" + i);
        }

        JsonNode page = mock.account("GET", "/v2/applications?page_size=2&page=2")
                .send()
                .json();

        assertThat(page.get("page_size").asInt()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isEqualTo(2);
        assertThat(page.get("total_items").asInt()).isEqualTo(5);
        assertThat(page.get("total_pages").asInt()).isEqualTo(3);
        assertThat(page.at("/_embedded/applications"))
                .extracting(app -> app.get("name").asText())
                .containsExactly("app-3", "app-4");
        assertThat(page.at("/_links/self/href").asText()).isEqualTo("/v2/applications?page_size=2&page=2");
        assertThat(page.at("/_links/first/href").asText()).isEqualTo("/v2/applications?page_size=2&page=1");
        assertThat(page.at("/_links/last/href").asText()).isEqualTo("/v2/applications?page_size=2&page=3");
        assertThat(page.at("/_links/next/href").asText()).isEqualTo("/v2/applications?page_size=2&page=3");
        assertThat(page.at("/_links/prev/href").asText()).isEqualTo("/v2/applications?page_size=2&page=1");
    }

    @Test
    void listsAnEmptyAccountWithEmbeddedApplicationsAndTheDefaultPageSize() {
        JsonNode page = mock.account("GET", "/v2/applications").send().json();

        assertThat(page.get("page_size").asInt()).isEqualTo(10);
        assertThat(page.get("total_items").asInt()).isZero();
        assertThat(page.at("/_embedded/applications").isArray()).isTrue();
        assertThat(page.at("/_embedded/applications")).isEmpty();
        assertThat(page.at("/_links/next").isMissingNode()).isTrue();
    }

    @Test
    void acceptsThePageSizeTheVonageSdkUsesToListEverything() {
        TestKeyPairs.application(server, "one");

        assertThat(mock.account("GET", "/v2/applications?page_size=1000")
                        .send()
                        .json()
                        .get("total_items")
                        .asInt())
                .isEqualTo(1);
    }

    // Source: application.v2.json 2.1.4 gives page_size no maximum, so no page size is too large.
    @Test
    void acceptsAnyPageSizeFromOne() {
        TestKeyPairs.application(server, "one");

        JsonNode page = mock.account("GET", "/v2/applications?page_size=2147483647")
                .send()
                .json();

        assertThat(page.get("total_items").asInt()).isEqualTo(1);
        assertThat(page.get("total_pages").asInt()).isEqualTo(1);
    }

    @Test
    void replacesAnApplicationKeepingItsKeyWhenNoneIsGiven() {
        CreatedApplication app = TestKeyPairs.application(server, "before");

        HttpCall.Reply replaced = mock.account("PUT", "/v2/applications/" + app.id())
                .json("{\"id\":\"" + app.id() + "\",\"name\":\"after\",\"capabilities\":{\"rtc\":{\"webhooks\":"
                        + "{\"event_url\":{\"address\":\"https://example.com/rtc\",\"http_method\":\"POST\"}}}}}")
                .send();

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("after");
        assertThat(replaced.json()
                        .at("/capabilities/rtc/webhooks/event_url/http_method")
                        .asText())
                .isEqualTo("POST");
        assertThat(server.state().application(app.id()).orElseThrow().publicKeyPem())
                .isEqualTo(TestKeyPairs.publicPem(TestKeyPairs.FIRST));
    }

    @Test
    void rotatingThePublicKeyRefusesTokensSignedWithTheOldKey() {
        CreatedApplication app = TestKeyPairs.application(server, "rotating");
        String oldToken = MockFixture.token(app);
        assertThat(mock.anonymous("GET", "/v1/users").bearer(oldToken).send().status())
                .isEqualTo(200);

        assertThat(mock.account("PUT", "/v2/applications/" + app.id())
                        .json("{\"name\":\"rotating\",\"keys\":{\"public_key\":"
                                + TestKeyPairs.jsonPem(TestKeyPairs.SECOND) + "}}")
                        .send()
                        .status())
                .isEqualTo(200);

        HttpCall.Reply refused =
                mock.anonymous("GET", "/v1/users").bearer(oldToken).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("reason").asText()).isEqualTo("BAD_SIGNATURE");
        CreatedApplication rotated = new CreatedApplication(app.application(), TestKeyPairs.SECOND.getPrivate());
        assertThat(mock.app(rotated, "GET", "/v1/users").send().status()).isEqualTo(200);
    }

    @Test
    void deletingAnApplicationRemovesItsUsersAndRefusesItsTokens() {
        CreatedApplication app = TestKeyPairs.application(server, "doomed");
        server.createUser(app.id(), "alice");
        String token = MockFixture.token(app);

        HttpCall.Reply deleted =
                mock.account("DELETE", "/v2/applications/" + app.id()).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(server.state().users(app.id())).isEmpty();
        assertThat(mock.account("GET", "/v2/applications/" + app.id()).send().status())
                .isEqualTo(404);
        HttpCall.Reply refused =
                mock.anonymous("GET", "/v1/users").bearer(token).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("reason").asText()).isEqualTo("UNKNOWN_APPLICATION");
    }

    @Test
    void namesEveryInvalidMemberAndChangesNothing() {
        StateSnapshot before = server.state().snapshot();

        HttpCall.Reply refused = mock.account("POST", "/v2/applications")
                .json("{\"name\":42,\"keys\":{\"public_key\":\"not a key\"},\"capabilities\":{\"voice\":"
                        + "{\"webhooks\":{\"answer_url\":{\"address\":7,\"http_method\":\"PATCH\"}}},\"rtc\":[]},"
                        + "\"privacy\":{\"improve_ai\":\"yes\"}}")
                .send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactlyInAnyOrder(
                        "name",
                        "keys.public_key",
                        "capabilities.voice.webhooks.answer_url.address",
                        "capabilities.voice.webhooks.answer_url.http_method",
                        "capabilities.rtc",
                        "privacy.improve_ai");
        assertThat(server.state().snapshot()).isEqualTo(before);
    }

    @Test
    void refusesWebhookSettingsOutsideWhatNexmoAcceptsAndChangesNothing() {
        StateSnapshot before = server.state().snapshot();

        HttpCall.Reply refused = mock.account("POST", "/v2/applications")
                .json("{\"name\":\"limits\",\"capabilities\":{\"voice\":{\"webhooks\":{"
                        + "\"answer_url\":{\"address\":\"https://example.com/a\",\"connection_timeout\":299,"
                        + "\"socket_timeout\":5001},"
                        + "\"event_url\":{\"address\":\"https://example.com/e\",\"connection_timeout\":1001,"
                        + "\"socket_timeout\":999}}},"
                        + "\"messages\":{\"webhooks\":{\"inbound_url\":{\"address\":\"https://example.com/i\","
                        + "\"http_method\":\"GET\"}}},\"vbc\":{\"enabled\":true}}}")
                .send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactlyInAnyOrder(
                        "capabilities.voice.webhooks.answer_url.connection_timeout",
                        "capabilities.voice.webhooks.answer_url.socket_timeout",
                        "capabilities.voice.webhooks.event_url.connection_timeout",
                        "capabilities.voice.webhooks.event_url.socket_timeout",
                        "capabilities.messages.webhooks.inbound_url.http_method",
                        "capabilities.vbc");
        assertThat(server.state().snapshot()).isEqualTo(before);
    }

    // Source: application.v2.json 2.1.4, VoiceCapability: event_url socket_timeout 1000-10000 (answer_url and
    // fallback_answer_url 1000-5000); MeetingsCapability webhooks GET, POST or PUT; RtcCapability
    // leg_persistence_time 1-31 and signed_callbacks boolean; MessagesCapability version a string;
    // VerifyCapability version "v2" and status_url POST.
    @Test
    void takesEveryCapabilityMemberWithinTheBoundsOfApplicationV2() {
        HttpCall.Reply created = mock.account("POST", "/v2/applications")
                .json("{\"name\":\"all\",\"capabilities\":{\"voice\":{\"webhooks\":{"
                        + "\"answer_url\":{\"address\":\"https://example.com/a\",\"socket_timeout\":5000},"
                        + "\"fallback_answer_url\":{\"address\":\"https://example.com/f\",\"http_method\":\"GET\","
                        + "\"connection_timeout\":300,\"socket_timeout\":1000},"
                        + "\"event_url\":{\"address\":\"https://example.com/e\",\"socket_timeout\":10000}},"
                        + "\"signed_callbacks\":true,\"conversation_ttl\":30,\"conversations_ttl\":48,"
                        + "\"leg_persistence_time\":7,\"region\":\"eu-west\"},"
                        + "\"rtc\":{\"webhooks\":{\"event_url\":{\"address\":\"https://example.com/r\"}},"
                        + "\"signed_callbacks\":false,\"leg_persistence_time\":31},"
                        + "\"messages\":{\"version\":\"v1\",\"webhooks\":{\"status_url\":"
                        + "{\"address\":\"https://example.com/s\",\"http_method\":\"POST\"}}},"
                        + "\"verify\":{\"version\":\"v2\",\"webhooks\":{\"status_url\":"
                        + "{\"address\":\"https://example.com/v\",\"http_method\":\"POST\"}}},"
                        + "\"meetings\":{\"webhooks\":{\"room_changed\":{\"address\":\"https://example.com/m\","
                        + "\"http_method\":\"PUT\"}}},"
                        + "\"network_apis\":{\"network_application_id\":\"2bzfIFqRG128\","
                        + "\"redirect_uri\":\"https://example.com/n\"},\"vbc\":{}}}")
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()
                        .at("/capabilities/voice/webhooks/event_url/socket_timeout")
                        .asInt())
                .isEqualTo(10000);
        assertThat(created.json()
                        .at("/capabilities/meetings/webhooks/room_changed/http_method")
                        .asText())
                .isEqualTo("PUT");
    }

    @Test
    void refusesCapabilityMembersOutsideTheirDescribedBoundsAndChangesNothing() {
        StateSnapshot before = server.state().snapshot();

        HttpCall.Reply refused = mock.account("POST", "/v2/applications")
                .json("{\"name\":\"bounds\",\"capabilities\":{\"voice\":{\"webhooks\":{"
                        + "\"event_url\":{\"address\":\"https://example.com/e\",\"socket_timeout\":10001},"
                        + "\"fallback_answer_url\":{\"address\":\"https://example.com/f\",\"socket_timeout\":5001}},"
                        + "\"signed_callbacks\":\"yes\"},"
                        + "\"rtc\":{\"leg_persistence_time\":32},"
                        + "\"verify\":{\"version\":\"v1\"},"
                        + "\"meetings\":{\"webhooks\":{\"session_changed\":{\"http_method\":\"PATCH\"}}}}}")
                .send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactlyInAnyOrder(
                        "capabilities.voice.webhooks.event_url.socket_timeout",
                        "capabilities.voice.webhooks.fallback_answer_url.socket_timeout",
                        "capabilities.voice.signed_callbacks",
                        "capabilities.rtc.leg_persistence_time",
                        "capabilities.verify.version",
                        "capabilities.meetings.webhooks.session_changed.http_method");
        assertThat(server.state().snapshot()).isEqualTo(before);
    }

    @Test
    void reportsABadPageParameterAsAListValidationProblem() {
        HttpCall.Reply refused =
                mock.account("GET", "/v2/applications?page_size=0&page=x").send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#list-validation");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactly("page_size", "page");
    }

    @Test
    void titlesProblemsAsTheApplicationApiDoes() {
        assertThat(mock.anonymous("GET", "/v2/applications")
                        .send()
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Invalid credentials supplied");
        assertThat(mock.account("DELETE", "/v2/applications")
                        .send()
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Request method not allowed");
        assertThat(mock.account("GET", "/v2/applications")
                        .header("Accept", "text/html")
                        .send()
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Invalid Accept header");
        assertThat(mock.account("POST", "/v2/applications")
                        .body("text/plain", new byte[] {'x'})
                        .send()
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Unsupported Content-Type header");
        assertThat(mock.account("GET", "/v2/applications/nope")
                        .send()
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Not Found");
    }

    @Test
    void requiresAName() {
        HttpCall.Reply refused =
                mock.account("POST", "/v2/applications").json("{}").send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        assertThat(refused.json().at("/invalid_parameters/0/name").asText()).isEqualTo("name");
        assertThat(refused.json().at("/invalid_parameters/0/reason").asText()).isEqualTo("is required");
    }

    @Test
    void refusesMalformedJsonDuplicateMembersAndNonObjects() {
        for (String body : new String[] {
            "{\"name\":", "{\"name\":\"a\",\"name\":\"b\"}", "[1,2]", "\"text\"", "{\"name\":\"a\"} trailing"
        }) {
            HttpCall.Reply refused =
                    mock.account("POST", "/v2/applications").json(body).send();
            assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        }
        assertThat(server.state().applications()).isEmpty();
    }

    @Test
    void aJsonSyntaxErrorSaysWhereButNeverQuotesTheBody() {
        // Jackson's own message quotes the offending token: an unquoted secret pasted into a body must not come back
        String secret = "Unquoted5ecretValue";
        HttpCall.Reply refused = mock.account("POST", "/v2/applications")
                .json("{\n  \"name\": " + secret + "}")
                .send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        assertThat(refused.json().path("detail").asText()).contains("line 2, column");
        assertThat(refused.body()).doesNotContain(secret);
    }

    @Test
    void refusesABodyThatIsNotJson() {
        HttpCall.Reply refused = mock.account("POST", "/v2/applications")
                .body("text/plain", "name=demo".getBytes(StandardCharsets.UTF_8))
                .send();

        assertProblem(refused, 415, "https://developer.nexmo.com/api-errors#content-type-header");
    }

    @Test
    void refusesBodiesOverOneMebibyte() {
        byte[] huge = new byte[(1 << 20) + 1];
        Arrays.fill(huge, (byte) ' ');

        HttpCall.Reply refused = mock.account("POST", "/v2/applications")
                .body("application/json", huge)
                .send();

        assertProblem(refused, 413, "https://developer.nexmo.com/api-errors#payload-too-large");
        assertThat(server.state().applications()).isEmpty();
    }

    @Test
    void refusesAnAcceptHeaderWithoutJson() {
        HttpCall.Reply refused = mock.account("GET", "/v2/applications")
                .header("Accept", "text/html")
                .send();

        assertProblem(refused, 406, "https://developer.nexmo.com/api-errors#accept-header");
    }

    @Test
    void answersUnknownIdsWithNotFound() {
        HttpCall.Reply missing = mock.account("GET", "/v2/applications/00000000-0000-0000-0000-000000000000")
                .send();

        assertProblem(missing, 404, "https://developer.nexmo.com/api-errors#not-found");
        assertThat(mock.account("DELETE", "/v2/applications/nope").send().status())
                .isEqualTo(404);
        assertThat(mock.account("PUT", "/v2/applications/nope")
                        .json("{\"name\":\"x\"}")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(mock.account("GET", "/v2/applications/a/b").send().status()).isEqualTo(404);
    }

    @Test
    void answersWrongVerbsWithMethodNotAllowedAndTheAllowedOnes() {
        HttpCall.Reply collection = mock.account("DELETE", "/v2/applications").send();
        HttpCall.Reply item =
                mock.account("PATCH", "/v2/applications/x").json("{}").send();

        assertProblem(collection, 405, "https://developer.nexmo.com/api-errors#wrong-verb");
        assertThat(collection.allow()).isEqualTo("GET, POST");
        assertThat(item.allow()).isEqualTo("GET, PUT, DELETE");
    }

    @Test
    void replacesTheApplicationThePathNamesWhateverIdTheBodyCarries() {
        // No source says Nexmo refuses a body id other than the path's: the Vonage Java SDK sends the id in the body,
        // application.v2.json's updateApplication body has no id member, so the mock takes the path's, as a
        // server that ignores undescribed members would.
        CreatedApplication app = TestKeyPairs.application(server, "one");

        HttpCall.Reply replaced = mock.account("PUT", "/v2/applications/" + app.id())
                .json("{\"id\":\"11111111-1111-1111-1111-111111111111\",\"name\":\"x\"}")
                .send();

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("id").asText()).isEqualTo(app.id());
        assertThat(server.state().application(app.id()).orElseThrow().name()).isEqualTo("x");
        assertThat(server.state().application("11111111-1111-1111-1111-111111111111"))
                .isEmpty();
    }

    static void assertProblem(HttpCall.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isNotBlank();
    }
}
