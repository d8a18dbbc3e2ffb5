package io.github.nexmock.api;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.ApplicationFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/** A voice application of a mock whose webhooks go to a WireMock receiver, and what the receiver got. */
final class VoiceFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VoiceFixture() {}

    /**
     * Empties the mock (state, calls) and the receiver, which then accepts every event; a test class's fresh start
     * before each test.
     */
    static void reset(NexmoMockServer server, WireMockServer receiver) {
        server.state().reset();
        server.calls().clear();
        receiver.resetAll();
        receiver.stubFor(any(urlPathEqualTo("/event")).willReturn(ok()));
    }

    /** An application whose voice webhooks go to {@code receiver}'s /answer, /fallback and /event. */
    static CreatedApplication voiceApplication(NexmoMockServer server, WireMockServer receiver, boolean signed) {
        String base = receiver.baseUrl();
        String capabilities = "{\"voice\":{\"webhooks\":{"
                + "\"answer_url\":{\"address\":\"" + base + "/answer\",\"http_method\":\"GET\"},"
                + "\"fallback_answer_url\":{\"address\":\"" + base + "/fallback\",\"http_method\":\"GET\"},"
                + "\"event_url\":{\"address\":\"" + base + "/event\",\"http_method\":\"POST\","
                + "\"connection_timeout\":1000,\"socket_timeout\":10000}},"
                + "\"signed_callbacks\":" + signed + "}}";
        try {
            return new CreatedApplication(
                    server.state()
                            .createApplication(new ApplicationFields(
                                    "voice",
                                    JSON.readTree(capabilities),
                                    null,
                                    RsaKeys.toPublicPem(TestKeyPairs.FIRST.getPublic()))),
                    TestKeyPairs.FIRST.getPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A started WireMock server to receive webhooks, warmed by one request so that its first webhook is not slowed by
     * class loading (which could pass a socket timeout on a loaded machine and cause a retry).
     */
    static WireMockServer receiver() {
        WireMockServer receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        HttpCall.to(receiver.baseUrl(), "GET", "/warm-up").send();
        return receiver;
    }

    /** Waits (real time, at most 10 s) until the mock has no webhook in flight. */
    static void settle(NexmoMockServer server) {
        try {
            if (!server.webhooks().awaitIdle(Duration.ofSeconds(10))) {
                throw new AssertionError("webhooks still in flight after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The JSON bodies the receiver got at {@code path}, oldest first. */
    static List<JsonNode> received(WireMockServer receiver, String path) {
        return requests(receiver, path).stream().map(VoiceFixture::json).toList();
    }

    static List<LoggedRequest> requests(WireMockServer receiver, String path) {
        return receiver.findAll(anyRequestedFor(urlPathEqualTo(path)));
    }

    /** The statuses of the event webhooks the receiver got for one call, oldest first. */
    static List<String> statuses(WireMockServer receiver, String uuid) {
        return received(receiver, "/event").stream()
                .filter(event -> event.path("uuid").asText().equals(uuid) && event.has("status"))
                .map(event -> event.get("status").asText())
                .toList();
    }

    private static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
