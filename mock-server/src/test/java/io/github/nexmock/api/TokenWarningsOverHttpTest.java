package io.github.nexmock.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.TestClock;
import io.github.nexmock.jwt.TokenWarning;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens Nexmo accepts but that are probably mistakes: accepted, with a {@code Nexmock-Warning} header per warning and
 * an entry in the warning log at {@code /__admin/nexmock/warnings}. Lifetime per support article 360000958407; the
 * string acl per nexmo-docs/create-app-users-tokens-v1.md and Nexmo/nexmo-developer PR #1515.
 */
class TokenWarningsOverHttpTest {

    private static final Instant NOW = Instant.parse("2031-05-04T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestClock clock = TestClock.at(NOW);
    private NexmoMockServer server;
    private CreatedApplication app;

    @BeforeEach
    void start() {
        server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().clock(clock).build())
                .build()
                .start();
        app = TestKeyPairs.application(server, "warned");
    }

    /** An application token of the test's application, on the test's clock. */
    private NexmoJwts.Builder appToken() {
        return NexmoJwts.builder()
                .applicationId(app.id())
                .privateKey(app.privateKey())
                .clock(clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // Support article 360000958407: an exp past iat + 24 h is accepted and honoured until iat + 24 h.
    @Test
    void acceptsATwentyFiveHourTokenWithAWarningHeaderAndALogEntry() throws Exception {
        String token = appToken().lifetime(Duration.ofHours(25)).sign();

        HttpResponse<String> response = get("/v1/users", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Nexmock-Warning"))
                .singleElement()
                .asString()
                .startsWith("EXP_BEYOND_24_HOURS exp is 90000 s after iat")
                .contains("at " + NOW.plus(Duration.ofHours(24)));
        HttpResponse<String> admin = get("/__admin/nexmock/warnings", null);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        JsonNode log = JSON.readTree(admin.body());
        assertThat(log.get("mark").asLong()).isEqualTo(1);
        assertThat(log.at("/warnings/0/code").asText()).isEqualTo("EXP_BEYOND_24_HOURS");
        assertThat(log.at("/warnings/0/application_id").asText()).isEqualTo(app.id());
        assertThat(log.at("/warnings/0/method").asText()).isEqualTo("GET");
        assertThat(log.at("/warnings/0/path").asText()).isEqualTo("/v1/users");
        assertThat(log.toString()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));

        clock.advance(Duration.ofHours(24));
        assertThat(get("/v1/users", token).statusCode()).isEqualTo(401);
    }

    // nexmo-docs/create-app-users-tokens-v1.md (acl='/**' sent as a string); @vonage/cli's exp in milliseconds.
    @Test
    void warnsOnAUsersOwnStubTooOneHeaderPerWarning() throws Exception {
        server.wireMock()
                .stubFor(post("/v1/stubbed-api")
                        .willReturn(aResponse().withStatus(201).withBody("{}")));
        long iat = NOW.getEpochSecond();
        String token = signed("{\"application_id\":\"" + app.id() + "\",\"iat\":" + iat + ",\"jti\":\"j\",\"exp\":"
                + (iat * 1000 + 86_400_000L) + ",\"sub\":\"alice\",\"acl\":\"/**\"}");

        HttpResponse<String> response = http(HttpRequest.newBuilder(uri("/v1/stubbed-api"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().allValues("Nexmock-Warning"))
                .hasSize(2)
                .anySatisfy(value -> assertThat(value).startsWith("EXP_IN_MILLISECONDS exp "))
                .anySatisfy(value -> assertThat(value).startsWith("ACL_AS_STRING acl is the JSON string '/**'"));
        assertThat(server.warnings().all())
                .extracting(warning -> warning.reason())
                .containsExactly(TokenWarning.Code.EXP_IN_MILLISECONDS, TokenWarning.Code.ACL_AS_STRING);
    }

    @Test
    void aSoundTokenGetsNoWarningHeader() throws Exception {
        String token = appToken().sign();

        HttpResponse<String> response = get("/v1/users", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Nexmock-Warning")).isEmpty();
        assertThat(server.warnings().all()).isEmpty();
    }

    @Test
    void theWarningLogIsPagedByMarkClearedByDeleteAndByReset() throws Exception {
        String longLived = appToken().lifetime(Duration.ofHours(30)).sign();
        get("/v1/users", longLived);
        long mark = server.warnings().mark();
        get("/v1/users/USR-00000000-0000-0000-0000-000000000000", longLived);

        JsonNode since = JSON.readTree(
                get("/__admin/nexmock/warnings?since=" + mark, null).body());
        assertThat(since.get("warnings"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.get("path").asText()).startsWith("/v1/users/USR-"));
        assertThat(get("/__admin/nexmock/warnings?since=later", null).statusCode())
                .isEqualTo(400);

        assertThat(http(HttpRequest.newBuilder(uri("/__admin/nexmock/warnings")).DELETE())
                        .statusCode())
                .isEqualTo(204);
        assertThat(server.warnings().all()).isEmpty();
        get("/v1/users", longLived);
        assertThat(http(HttpRequest.newBuilder(uri("/__admin/nexmock/reset")).POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(204);
        assertThat(server.warnings().all()).isEmpty();
    }

    /** A token with exactly this payload, signed RS256 with the application's key. */
    private String signed(String payload) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String input = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(app.privateKey());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64.encodeToString(rs256.sign());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http(request.GET());
    }

    private HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpCall.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }
}
