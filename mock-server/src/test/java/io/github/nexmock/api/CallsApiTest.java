package io.github.nexmock.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.nexmock.api.VoiceFixture.received;
import static io.github.nexmock.api.VoiceFixture.requests;
import static io.github.nexmock.api.VoiceFixture.settle;
import static io.github.nexmock.api.VoiceFixture.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.TestClock;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.voice.Call;
import io.github.nexmock.voice.CallStatus;
import io.github.nexmock.voice.Callee;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallsApiTest {

    private static final String TO = "{\"type\":\"phone\",\"number\":\"447700900001\"}";
    private static final String FROM = "{\"type\":\"phone\",\"number\":\"447700900000\"}";
    private static final String TALK = "[{\"action\":\"talk\",\"text\":\"Hello from the mock, thirty chars\"}]";

    private static final TestClock CLOCK = TestClock.at(Instant.parse("2026-12-02T10:00:00Z"));
    private static NexmoMockServer server;
    private static WireMockServer receiver;
    private static MockFixture mock;
    private CreatedApplication app;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().clock(CLOCK).build())
                .build()
                .start();
        receiver = VoiceFixture.receiver();
        mock = new MockFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.stop();
    }

    @BeforeEach
    void voiceApplication() {
        VoiceFixture.reset(server, receiver);
        app = VoiceFixture.voiceApplication(server, receiver, false);
    }

    private String create(String body) {
        HttpCall.Reply created = mock.app(app, "POST", "/v1/calls").json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("uuid").asText();
    }

    private static String nccoCall(String to, String ncco) {
        return "{\"to\":[" + to + "],\"from\":" + FROM + ",\"ncco\":" + ncco + "}";
    }

    @Test
    void aCallWithOneTalkIsAnsweredAtOnceAndCompletesWhenTheTalkEnds() {
        HttpCall.Reply created =
                mock.app(app, "POST", "/v1/calls").json(nccoCall(TO, TALK)).send();
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("status").asText()).isEqualTo("started");
        assertThat(body.get("direction").asText()).isEqualTo("outbound");
        assertThat(body.get("conversation_uuid").asText()).startsWith("CON-");
        String uuid = body.get("uuid").asText();

        JsonNode answered = mock.app(app, "GET", "/v1/calls/" + uuid).send().json();
        assertThat(answered.get("status").asText()).isEqualTo("answered");
        assertThat(answered.at("/to/number").asText()).isEqualTo("447700900001");
        assertThat(answered.at("/_links/self/href").asText()).isEqualTo(server.baseUrl() + "/v1/calls/" + uuid);
        assertThat(server.calls()
                        .call(uuid)
                        .orElseThrow()
                        .ncco()
                        .get(0)
                        .get("action")
                        .asText())
                .isEqualTo("talk");

        CLOCK.advance(Duration.ofSeconds(3)); // 33 characters at 15 a second
        JsonNode completed = mock.app(app, "GET", "/v1/calls/" + uuid).send().json();
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("duration").asText()).isEqualTo("3");
        assertThat(completed.get("price").asText()).isEqualTo("0.00");

        settle(server);
        assertThat(statuses(receiver, uuid)).containsExactly("started", "ringing", "answered", "completed");
        JsonNode last = received(receiver, "/event").get(3);
        assertThat(last.get("duration").asText()).isEqualTo("3");
        assertThat(last.get("from").asText()).isEqualTo("447700900000");
        assertThat(last.get("to").asText()).isEqualTo("447700900001");
        assertThat(Instant.parse(last.get("timestamp").asText())).isEqualTo(CLOCK.instant());
    }

    @Test
    void aCallWaitingInAConversationStaysUpUntilHungUp() {
        String uuid = create(nccoCall(TO, "[{\"action\":\"conversation\",\"name\":\"room\"}]"));
        CLOCK.advance(Duration.ofMinutes(10));
        assertThat(server.calls().call(uuid).orElseThrow().status()).isEqualTo(CallStatus.ANSWERED);

        HttpCall.Reply hangup = mock.app(app, "PUT", "/v1/calls/" + uuid)
                .json("{\"action\":\"hangup\"}")
                .send();
        assertThat(hangup.status()).isEqualTo(204);
        Call call = server.calls().call(uuid).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.duration(CLOCK.instant())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void fetchesTheNccoFromTheAnswerUrlWithTheDocumentedParameters() {
        receiver.stubFor(get(urlPathEqualTo("/answer")).willReturn(okJson(TALK)));
        String uuid = create(
                "{\"to\":[" + TO + "],\"from\":" + FROM + ",\"answer_url\":[\"" + receiver.baseUrl() + "/answer\"]}");
        settle(server);
        var answer = requests(receiver, "/answer").get(0);
        assertThat(answer.getMethod().getName()).isEqualTo("GET");
        assertThat(answer.queryParameter("to").firstValue()).isEqualTo("447700900001");
        assertThat(answer.queryParameter("from").firstValue()).isEqualTo("447700900000");
        assertThat(answer.queryParameter("uuid").firstValue()).isEqualTo(uuid);
        assertThat(answer.queryParameter("conversation_uuid").firstValue()).startsWith("CON-");
        assertThat(server.calls().call(uuid).orElseThrow().ncco().toString()).isEqualTo(TALK);

        CLOCK.advance(Duration.ofSeconds(3));
        assertThat(server.calls().call(uuid).orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void anInvalidNccoGoesToTheFallbackAnswerUrlAndWithoutOneTheCallFails() {
        receiver.stubFor(get(urlPathEqualTo("/answer")).willReturn(okJson("[{\"action\":\"dance\"}]")));
        receiver.stubFor(get(urlPathEqualTo("/fallback")).willReturn(aResponse().withStatus(404)));
        String uuid = create(
                "{\"to\":[" + TO + "],\"from\":" + FROM + ",\"answer_url\":[\"" + receiver.baseUrl() + "/answer\"]}");
        settle(server);
        assertThat(requests(receiver, "/fallback")).hasSize(1);
        assertThat(server.calls().call(uuid).orElseThrow().status()).isEqualTo(CallStatus.FAILED);
        assertThat(statuses(receiver, uuid)).containsExactly("started", "ringing", "answered", "failed");
    }

    @Test
    void retriesAnAnswerUrlThatAnswers503OnceAndNotOne404() {
        receiver.stubFor(get(urlPathEqualTo("/answer")).willReturn(aResponse().withStatus(503)));
        receiver.stubFor(get(urlPathEqualTo("/fallback")).willReturn(aResponse().withStatus(500)));
        create("{\"to\":[" + TO + "],\"from\":" + FROM + ",\"answer_url\":[\"" + receiver.baseUrl() + "/answer\"]}");
        settle(server);
        assertThat(requests(receiver, "/answer")).hasSize(2);
        assertThat(requests(receiver, "/fallback")).hasSize(1);
        assertThat(server.webhooks().log().all())
                .filteredOn(delivery -> delivery.url().endsWith("/answer"))
                .extracting(delivery -> delivery.attempt() + ":" + delivery.status())
                .containsExactly("1:503", "2:503");
    }

    @Test
    void aBusyDestinationEndsBusyAndARingingOneTimesOutByTheRingingTimer() {
        server.calls().callee("447700900002", Callee.BUSY);
        server.calls().callee("447700900003", Callee.RINGS);
        String busy = create(nccoCall("{\"type\":\"phone\",\"number\":\"447700900002\"}", TALK));
        String ringing = create("{\"to\":[{\"type\":\"phone\",\"number\":\"447700900003\"}],\"from\":" + FROM
                + ",\"ncco\":" + TALK + ",\"ringing_timer\":30}");
        assertThat(server.calls().call(busy).orElseThrow().status()).isEqualTo(CallStatus.BUSY);
        CLOCK.advance(Duration.ofSeconds(29));
        assertThat(server.calls().call(ringing).orElseThrow().status()).isEqualTo(CallStatus.RINGING);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(server.calls().call(ringing).orElseThrow().status()).isEqualTo(CallStatus.TIMEOUT);
        settle(server);
        assertThat(statuses(receiver, busy)).containsExactly("started", "ringing", "busy");
        assertThat(statuses(receiver, ringing)).containsExactly("started", "ringing", "timeout");
    }

    @Test
    void talkStreamAndDtmfGoIntoAnAnsweredCallOnlyAndTransferRunsTheNewNcco() {
        String uuid = create(nccoCall(TO, "[{\"action\":\"input\",\"type\":[\"dtmf\"]}]"));
        HttpCall.Reply talk = mock.app(app, "PUT", "/v1/calls/" + uuid + "/talk")
                .json("{\"text\":\"Hi\",\"loop\":1}")
                .send();
        assertThat(talk.status()).isEqualTo(200);
        assertThat(talk.json().get("message").asText()).isEqualTo("Talk started");
        assertThat(mock.app(app, "DELETE", "/v1/calls/" + uuid + "/talk")
                        .send()
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("Talk stopped");
        assertThat(mock.app(app, "PUT", "/v1/calls/" + uuid + "/stream")
                        .json("{\"stream_url\":[\"https://example.com/a.mp3\"]}")
                        .send()
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("Stream started");
        assertThat(mock.app(app, "PUT", "/v1/calls/" + uuid + "/dtmf")
                        .json("{\"digits\":\"1713\"}")
                        .send()
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("DTMF sent");
        assertThat(server.calls().call(uuid).orElseThrow().commands())
                .extracting(command -> command.get("command").asText())
                .containsExactly("talk", "stop_talk", "stream", "dtmf");

        assertThat(mock.app(app, "PUT", "/v1/calls/" + uuid)
                        .json("{\"action\":\"transfer\",\"destination\":{\"type\":\"ncco\",\"ncco\":" + TALK + "}}")
                        .send()
                        .status())
                .isEqualTo(204);
        CLOCK.advance(Duration.ofSeconds(3));
        assertThat(server.calls().call(uuid).orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);

        HttpCall.Reply late = mock.app(app, "PUT", "/v1/calls/" + uuid + "/talk")
                .json("{\"text\":\"too late\"}")
                .send();
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("detail").asText()).contains("completed");
    }

    @Test
    void invalidBodiesGetTheVoiceApisErrorShapeNamingEachParameter() {
        HttpCall.Reply reply = mock.app(app, "POST", "/v1/calls")
                .json("{\"to\":[{\"type\":\"phone\",\"number\":\"12\"}],\"ncco\":{},\"length_timer\":0}")
                .send();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/json");
        JsonNode error = reply.json();
        assertThat(error.get("type").asText()).isEqualTo("https://developer.nexmo.com/api-errors#bad-request");
        assertThat(error.get("title").asText()).isEqualTo("Bad Request");
        assertThat(error.get("instance").asText()).isNotBlank();
        assertThat(error.get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactlyInAnyOrder("to[0].number", "from", "ncco", "length_timer");
        assertThat(server.calls().all()).isEmpty();

        HttpCall.Reply action = mock.app(app, "PUT", "/v1/calls/" + create(nccoCall(TO, TALK)))
                .json("{\"action\":\"explode\"}")
                .send();
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.json().at("/invalid_parameters/0/name").asText()).isEqualTo("action");
    }

    @Test
    void anotherApplicationsCallIsNotFoundAndItsListIsEmpty() {
        String uuid = create(nccoCall(TO, TALK));
        CreatedApplication other = TestKeyPairs.application(server, "other", TestKeyPairs.SECOND);
        HttpCall.Reply reply = mock.app(other, "GET", "/v1/calls/" + uuid).send();
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asText()).isEqualTo("https://developer.nexmo.com/api-errors#not-found");
        assertThat(mock.app(other, "PUT", "/v1/calls/" + uuid)
                        .json("{\"action\":\"hangup\"}")
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(mock.app(other, "GET", "/v1/calls")
                        .send()
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void listsFilterByStatusConversationAndDateAndPageByRecordIndex() {
        Instant start = CLOCK.instant();
        String first = create(nccoCall(TO, TALK));
        CLOCK.advance(Duration.ofMinutes(1));
        String second = create(nccoCall(TO, "[{\"action\":\"conversation\",\"name\":\"room\"}]"));
        CLOCK.advance(Duration.ofMinutes(1));
        String third = create(nccoCall(TO, "[{\"action\":\"conversation\",\"name\":\"room\"}]"));

        JsonNode answered =
                mock.app(app, "GET", "/v1/calls?status=answered").send().json();
        assertThat(answered.get("count").asInt()).isEqualTo(2);
        assertThat(answered.at("/_embedded/calls"))
                .extracting(call -> call.get("uuid").asText())
                .containsExactly(second, third);

        JsonNode page = mock.app(app, "GET", "/v1/calls?page_size=1&record_index=1&order=desc")
                .send()
                .json();
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.at("/_embedded/calls/0/uuid").asText()).isEqualTo(second);
        assertThat(page.at("/_links/next/href").asText()).endsWith("record_index=2");

        JsonNode window = mock.app(
                        app,
                        "GET",
                        "/v1/calls?date_start=" + start.plusSeconds(30) + "&date_end=" + start.plusSeconds(90))
                .send()
                .json();
        assertThat(window.at("/_embedded/calls"))
                .extracting(call -> call.get("uuid").asText())
                .containsExactly(second);

        String conversation = server.calls().call(first).orElseThrow().conversationUuid();
        assertThat(mock.app(app, "GET", "/v1/calls?conversation_uuid=" + conversation)
                        .send()
                        .json()
                        .at("/_embedded/calls/0/uuid")
                        .asText())
                .isEqualTo(first);

        HttpCall.Reply bad =
                mock.app(app, "GET", "/v1/calls?status=singing&page_size=500").send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactlyInAnyOrder("status", "page_size");
    }

    @Test
    void takesApplicationTokensOnlyAndChecksAUserTokensAcl() {
        assertThat(mock.account("GET", "/v1/calls").send().status()).isEqualTo(401);
        String denied = MockFixture.userToken(app, "alice", Acl.parse("{\"paths\":{\"/*/users/**\":{}}}"));
        assertThat(mock.anonymous("GET", "/v1/calls").bearer(denied).send().status())
                .isEqualTo(403);
        String allowed = MockFixture.userToken(app, "alice", Acl.parse("{\"paths\":{\"/*/calls/**\":{}}}"));
        assertThat(mock.anonymous("GET", "/v1/calls").bearer(allowed).send().status())
                .isEqualTo(200);
    }

    @Test
    void anEventUrlIsRequiredWhenTheApplicationHasNone() {
        CreatedApplication bare = TestKeyPairs.application(server, "bare", TestKeyPairs.SECOND);
        HttpCall.Reply reply =
                mock.app(bare, "POST", "/v1/calls").json(nccoCall(TO, TALK)).send();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/invalid_parameters/0/name").asText()).isEqualTo("event_url");
        assertThat(List.copyOf(server.calls().all())).isEmpty();
    }
}
