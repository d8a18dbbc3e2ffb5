package io.github.nexmock.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.nexmock.conformance.DescribedExample.Variant.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nexmock.conformance.DescribedExample.Variant;
import io.github.nexmock.conformance.KnownDifferences.Violation;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.TestClock;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code /v1/calls} against voice.json 1.3.10, in the style of
 * {@link PublishedDescriptionConformanceTest}: bodies built from the description's schemas ({@link DescribedExample}),
 * each exchange validated on both sides, refusals against what the operation is described to answer, and what the
 * mock knowingly does otherwise in {@link KnownDifferences#VOICE_WAIVERS}. The clock stands still, so every call stays
 * answered; webhooks go to a local receiver instead of the description's example URLs.
 */
class VoiceConformanceTest {

    private static final String CALLS = "/v1/calls";

    private static final Conformance CONFORMANCE = new Conformance();
    private static NexmoMockServer server;
    private static WireMockServer receiver;
    private static PublishedDescription voice;
    private static CreatedApplication app;

    @BeforeAll
    static void start() {
        voice = PublishedDescription.load("voice.json");
        server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().clock(TestClock.stoppedNow()).build())
                .build()
                .start();
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        receiver.stubFor(any(anyUrl()).willReturn(ok()));
        for (String nccoUrl : List.of("/answer_url", "/transfer")) {
            receiver.stubFor(any(urlPathEqualTo(nccoUrl))
                    .willReturn(okJson("[{\"action\":\"conversation\",\"name\":\"conformance\"}]")));
        }
        app = server.createApplication("voice conformance");
    }

    @AfterEach
    void noUnwaivedViolations() {
        List<Violation> found = CONFORMANCE.unwaived();
        CONFORMANCE.clearUnwaived();
        assertThat(found)
                .as("responses or accepted requests that disagree with voice.json and no KnownDifferences entry covers")
                .isEmpty();
    }

    @AfterAll
    static void everyDescribedOperationAnsweredAndEveryWaiverNeeded() {
        try {
            List<String> described = new ArrayList<>(voice.operationsAt(
                    CALLS,
                    CALLS + "/{uuid}",
                    CALLS + "/{uuid}/talk",
                    CALLS + "/{uuid}/stream",
                    CALLS + "/{uuid}/dtmf"));
            assertThat(CONFORMANCE.succeededOperations())
                    .as("described operations the mock answered with success")
                    .containsExactlyInAnyOrderElementsOf(described);
            assertThat(CONFORMANCE.usedWaivers())
                    .as("KnownDifferences voice entries some exchange needed")
                    .containsExactlyInAnyOrderElementsOf(KnownDifferences.VOICE_WAIVERS.stream()
                            .map(KnownDifferences.Waiver::name)
                            .toList());
        } finally {
            server.close();
            receiver.stop();
        }
    }

    @Test
    void callsTakeEveryDescribedBodyAndAnswerInTheDescribedShape() {
        JsonNode createSchema = voice.requestSchema("POST", CALLS);
        for (Variant variant : Variant.values()) {
            for (JsonNode choice : createSchema.get("oneOf")) {
                ObjectNode create = local((ObjectNode) DescribedExample.of(choice, variant));
                // each choice requires its own member in an allOf part without properties, which REQUIRED_ONLY misses
                String required = choice.at("/allOf/0/required/0").asText();
                if (!create.has(required)) {
                    create.set(
                            required,
                            local((ObjectNode) DescribedExample.of(choice, EXAMPLES))
                                    .get(required));
                }
                String uuid = CONFORMANCE
                        .accepted(voice, token("POST", CALLS).json(create))
                        .json()
                        .get("uuid")
                        .asText();
                CONFORMANCE.accepted(voice, token("GET", CALLS + "/" + uuid));
                control(uuid, variant);
            }
        }
        CONFORMANCE.accepted(voice, token("GET", CALLS));
        CONFORMANCE.accepted(voice, token("GET", CALLS + "?status=answered&page_size=2&record_index=1&order=desc"));
        CONFORMANCE.accepted(
                voice, token("GET", CALLS + "?date_start=2020-01-01T00:00:00.000Z&date_end=2099-01-01T00:00:00Z"));
    }

    /** Talk, stream and DTMF into the answered call, then each update action, hangup last. */
    private static void control(String uuid, Variant variant) {
        String item = CALLS + "/" + uuid;
        CONFORMANCE.accepted(voice, token("PUT", item + "/talk").json(example("PUT", CALLS + "/{uuid}/talk", variant)));
        CONFORMANCE.accepted(voice, token("DELETE", item + "/talk"));
        CONFORMANCE.accepted(
                voice, token("PUT", item + "/stream").json(example("PUT", CALLS + "/{uuid}/stream", variant)));
        CONFORMANCE.accepted(voice, token("DELETE", item + "/stream"));
        // digits is a string whose described example is the number 1713: sent as its text
        ObjectNode dtmf = example("PUT", CALLS + "/{uuid}/dtmf", variant);
        dtmf.put(
                "digits",
                voice.requestSchema("PUT", CALLS + "/{uuid}/dtmf")
                        .at("/properties/digits/example")
                        .asText());
        CONFORMANCE.accepted(voice, token("PUT", item + "/dtmf").json(dtmf));
        // the actions' schemas require no member but transfer's, so their bodies are the examples: {} is no action
        JsonNode actions = voice.requestSchema("PUT", CALLS + "/{uuid}").get("oneOf");
        JsonNode hangup = null;
        for (JsonNode action : actions) {
            ObjectNode body = local((ObjectNode) DescribedExample.of(action, EXAMPLES));
            if (body.path("action").asText().equals("hangup")) {
                hangup = body;
            } else if (variant == EXAMPLES) {
                CONFORMANCE.accepted(voice, token("PUT", item).json(body));
            }
        }
        CONFORMANCE.accepted(voice, token("PUT", item).json((ObjectNode) hangup));
    }

    @Test
    void callsRefuseInTheDescribedShape() {
        String unknown = UUID.randomUUID().toString();
        CONFORMANCE.refused(voice, token("POST", CALLS).body("application/json", "{\"to\":42}"), 400);
        CONFORMANCE.refused(voice, token("GET", CALLS + "?page_size=0&status=singing"), 400);
        CONFORMANCE.refused(voice, Exchange.of(server.baseUrl(), "GET", CALLS), 401);
        CONFORMANCE.refused(voice, Exchange.of(server.baseUrl(), "PUT", CALLS + "/" + unknown), 401);
        CONFORMANCE.refused(voice, token("GET", CALLS + "/" + unknown), 404);
        CONFORMANCE.refused(
                voice, token("PUT", CALLS + "/" + unknown).body("application/json", "{\"action\":\"hangup\"}"), 404);
        CONFORMANCE.refused(
                voice, token("PUT", CALLS + "/" + unknown + "/talk").body("application/json", "{\"text\":\"x\"}"), 404);
        CONFORMANCE.refused(voice, token("PUT", CALLS + "/" + unknown).body("application/json", "{}"), 400);
    }

    /** The body with the description's example URLs (example.com) replaced by the local receiver. */
    private static ObjectNode local(ObjectNode body) {
        for (String member : List.of("event_url", "answer_url")) {
            if (body.has(member)) {
                body.set(member, urls("/" + member));
            }
        }
        JsonNode destination = body.path("destination");
        if (destination.has("url")) {
            ((ObjectNode) destination).set("url", urls("/transfer"));
        }
        if (!body.has("event_url") && body.has("to")) {
            body.set("event_url", urls("/event_url"));
        }
        return body;
    }

    private static ArrayNode urls(String path) {
        return JsonNodeFactory.instance.arrayNode().add(receiver.baseUrl() + path);
    }

    private static ObjectNode example(String method, String path, Variant variant) {
        return (ObjectNode) DescribedExample.of(voice.requestSchema(method, path), variant);
    }

    private static Exchange token(String method, String path) {
        return Exchange.of(server.baseUrl(), method, path)
                .bearer(NexmoJwts.builder()
                        .applicationId(app.id())
                        .privateKey(app.privateKey())
                        .sign());
    }
}
