package io.github.nexmock.api;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.nexmock.api.VoiceFixture.requests;
import static io.github.nexmock.api.VoiceFixture.settle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.nexmock.jwt.TestClock;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.voice.WebhookDefect;
import io.github.nexmock.voice.WebhookSender;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks of an application with {@code signed_callbacks}, checked as Vonage's signed-webhook pages tell users to. */
class SignedWebhooksTest {

    private static final String SECRET = "sig-secret-for-tests-0123456789ab";
    private static final String NCCO = "[{\"action\":\"talk\",\"text\":\"Hello\"}]";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestClock CLOCK = TestClock.at(Instant.parse("2026-12-02T12:00:00Z"));

    private static NexmoMockServer server;
    private static WireMockServer receiver;
    private static MockFixture mock;
    private CreatedApplication app;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder()
                .options(NexmockOptions.builder()
                        .clock(CLOCK)
                        .signatureSecret(SECRET)
                        .build())
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
    void signedApplication() {
        VoiceFixture.reset(server, receiver);
        receiver.stubFor(get(urlPathEqualTo("/answer")).willReturn(okJson(NCCO)));
        app = VoiceFixture.voiceApplication(server, receiver, true);
    }

    private void placeCall() {
        HttpCall.Reply created = mock.app(app, "POST", "/v1/calls")
                .json("{\"to\":[{\"type\":\"phone\",\"number\":\"447700900001\"}],"
                        + "\"from\":{\"type\":\"phone\",\"number\":\"447700900000\"},"
                        + "\"answer_url\":[\"" + receiver.baseUrl() + "/answer\"]}")
                .send();
        assertThat(created.status()).isEqualTo(201);
        settle(server);
    }

    @Test
    void everyEventAndAnswerWebhookCarriesAnHs256TokenWithTheDocumentedClaims() throws Exception {
        placeCall();
        List<LoggedRequest> events = requests(receiver, "/event");
        assertThat(events).hasSize(3);
        for (LoggedRequest event : events) {
            JsonNode claims = verified(event.getHeader("Authorization"), SECRET);
            assertThat(claims.get("api_key").asText()).isEqualTo(server.apiKey());
            assertThat(claims.get("application_id").asText()).isEqualTo(app.id());
            assertThat(claims.get("iat").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
            assertThat(claims.get("jti").asText()).isNotBlank();
            assertThat(claims.get("payload_hash").asText()).isEqualTo(sha256Hex(event.getBodyAsString()));
        }
        LoggedRequest answer = requests(receiver, "/answer").get(0);
        ObjectNode query = JSON.createObjectNode();
        for (String name : List.of("to", "from", "uuid", "conversation_uuid")) {
            query.put(name, answer.queryParameter(name).firstValue());
        }
        assertThat(verified(answer.getHeader("Authorization"), SECRET)
                        .get("payload_hash")
                        .asText())
                .isEqualTo(sha256Hex(query.toString()));
    }

    @Test
    void eachDefectBreaksWhatAVerifierChecks() throws Exception {
        server.webhooks().defect(app.id(), WebhookDefect.WRONG_SECRET);
        placeCall();
        String token = requests(receiver, "/event").get(0).getHeader("Authorization");
        assertThat(signatureMatches(token, SECRET)).isFalse();

        receiver.resetRequests();
        server.webhooks().defect(app.id(), WebhookDefect.TAMPERED_BODY);
        placeCall();
        LoggedRequest tampered = requests(receiver, "/event").get(0);
        JsonNode claims = verified(tampered.getHeader("Authorization"), SECRET);
        assertThat(claims.get("payload_hash").asText()).isNotEqualTo(sha256Hex(tampered.getBodyAsString()));

        receiver.resetRequests();
        server.webhooks().defect(app.id(), WebhookDefect.STALE_IAT);
        placeCall();
        JsonNode stale = verified(requests(receiver, "/event").get(0).getHeader("Authorization"), SECRET);
        assertThat(stale.get("iat").asLong())
                .isEqualTo(CLOCK.instant().minus(WebhookSender.STALE_BY).getEpochSecond());

        receiver.resetRequests();
        server.webhooks().defect(app.id(), WebhookDefect.MISSING_HEADER);
        placeCall();
        assertThat(requests(receiver, "/event").get(0).containsHeader("Authorization"))
                .isFalse();

        receiver.resetRequests();
        server.webhooks().defect(app.id(), WebhookDefect.ALG_NONE);
        placeCall();
        String none = requests(receiver, "/event").get(0).getHeader("Authorization");
        assertThat(header(none).get("alg").asText()).isEqualTo("none");
        assertThat(none).endsWith(".");

        server.webhooks().defect(app.id(), null);
        receiver.resetRequests();
        placeCall();
        verified(requests(receiver, "/event").get(0).getHeader("Authorization"), SECRET);
    }

    @Test
    void theDeliveryLogShowsUrlStatusTimeAndAttemptAndNeverTheSecretOrToken() {
        long mark = server.webhooks().log().mark();
        placeCall();
        assertThat(server.webhooks().log().since(mark))
                .extracting(delivery ->
                        delivery.kind() + " " + delivery.status() + " " + delivery.attempt() + " " + delivery.error())
                .containsExactly("event 200 1 null", "event 200 1 null", "event 200 1 null", "answer 200 1 null");
        HttpCall.Reply log = mock.anonymous("GET", "/__admin/nexmock/webhooks").send();
        assertThat(log.status()).isEqualTo(200);
        JsonNode first = log.json().at("/webhooks/0");
        assertThat(first.get("url").asText()).isEqualTo(receiver.baseUrl() + "/event");
        assertThat(first.get("status").asInt()).isEqualTo(200);
        assertThat(first.get("attempt").asInt()).isEqualTo(1);
        assertThat(first.get("signed").asBoolean()).isTrue();
        assertThat(Instant.parse(first.get("time").asText())).isEqualTo(CLOCK.instant());
        assertThat(log.body()).doesNotContain(SECRET).doesNotContain("Bearer");
    }

    /** The claims of a token whose HS256 signature {@code secret} made; fails otherwise. */
    private static JsonNode verified(String authorization, String secret) throws Exception {
        assertThat(authorization).startsWith("Bearer ");
        String token = authorization.substring("Bearer ".length());
        assertThat(header(authorization).get("alg").asText()).isEqualTo("HS256");
        assertThat(signatureMatches(authorization, secret))
                .as("signature of " + token)
                .isTrue();
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static boolean signatureMatches(String authorization, String secret) throws Exception {
        String token = authorization.substring("Bearer ".length());
        int lastDot = token.lastIndexOf('.');
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static JsonNode header(String authorization) throws Exception {
        String token = authorization.substring("Bearer ".length());
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
