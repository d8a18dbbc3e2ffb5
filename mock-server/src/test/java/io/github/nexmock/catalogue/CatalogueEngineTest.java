package io.github.nexmock.catalogue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.auth.AuthenticationRefused;
import io.github.nexmock.auth.Credentials;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.server.NexmockWireMock;
import io.github.nexmock.state.NexmoState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine's contract with a {@link Catalogue}: a described operation authenticates before any stub sees the
 * request and refuses in its own style, answers only what no stub matched, is logged when it answers, and is silent
 * when switched off; the stateful APIs never consult it.
 */
class CatalogueEngineTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ApiCredentials ACCOUNT = new ApiCredentials("abcd1234", "Secret123", "test");

    /** One described operation, {@code POST /sms/json}, taking api_key and api_secret parameters. */
    private static final class SmsCatalogue implements Catalogue {

        int asked;

        @Override
        public Optional<DescribedOperation> operation(String method, String path) {
            asked++;
            return method.equals("POST") && path.equals("/sms/json") ? Optional.of(SMS) : Optional.empty();
        }
    }

    private static final DescribedOperation SMS = new DescribedOperation() {
        @Override
        public String description() {
            return "sms.json (SMS API 1.2.0)";
        }

        @Override
        public String template() {
            return "POST /sms/{format}";
        }

        @Override
        public void authenticate(Request request, Credentials credentials) {
            String key = credentials.parameter("api_key");
            String secret = credentials.parameter("api_secret");
            if (key == null || secret == null) {
                throw credentials.refusal(Reason.MISSING_CREDENTIALS, "api_key and api_secret are required");
            }
            credentials.keyAndSecret(key, secret, "api_key and api_secret");
        }

        @Override
        public ResponseDefinition refusal(AuthenticationRefused refused) {
            return ResponseDefinitionBuilder.okForJson(Map.of("status", "4")).build();
        }

        @Override
        public ResponseDefinition answer(Request request) {
            return ResponseDefinitionBuilder.okForJson(Map.of("status", "0")).build();
        }
    };

    @Test
    void aDescribedOperationIsAuthenticatedAndAnsweredWhenNoStubMatches() throws Exception {
        SmsCatalogue catalogue = new SmsCatalogue();
        try (Running mock = start(catalogue, true)) {
            HttpResponse<String> sent = mock.post("/sms/json", "api_key=abcd1234&api_secret=Secret123&to=447700900000");
            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).contains("\"status\" : \"0\"");
            assertThat(mock.nexmock.catalogueLog().all()).singleElement().satisfies(answer -> {
                assertThat(answer.operation()).isEqualTo("POST /sms/{format}");
                assertThat(answer.description()).isEqualTo("sms.json (SMS API 1.2.0)");
                assertThat(answer.status()).isEqualTo(200);
            });

            HttpResponse<String> refused = mock.post("/sms/json", "api_key=abcd1234&api_secret=wrong");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("\"status\" : \"4\"").doesNotContain("wrong");
            assertThat(mock.nexmock.rejections().all())
                    .singleElement()
                    .satisfies(rejection -> assertThat(rejection.reason()).isEqualTo(Reason.BAD_CREDENTIALS));
        }
    }

    @Test
    void aStubForTheSameRequestWinsButStaysBehindTheOperationsAuthentication() throws Exception {
        try (Running mock = start(new SmsCatalogue(), true)) {
            mock.wireMock.stubFor(post(urlPathEqualTo("/sms/json"))
                    .willReturn(aResponse().withStatus(201).withBody("mine")));

            HttpResponse<String> sent = mock.post("/sms/json", "api_key=abcd1234&api_secret=Secret123");
            assertThat(sent.statusCode()).isEqualTo(201);
            assertThat(sent.body()).isEqualTo("mine");
            assertThat(mock.nexmock.catalogueLog().all()).isEmpty();

            assertThat(mock.post("/sms/json", "api_key=abcd1234").body()).contains("\"status\" : \"4\"");
        }
    }

    @Test
    void switchedOffTheCatalogueIsNeverAskedAndDescribedPathsGetThe404() throws Exception {
        SmsCatalogue catalogue = new SmsCatalogue();
        try (Running mock = start(catalogue, false)) {
            HttpResponse<String> sent = mock.post("/sms/json", "api_key=abcd1234&api_secret=Secret123");
            assertThat(sent.statusCode()).isEqualTo(404);
            assertThat(catalogue.asked).isZero();
        }
    }

    @Test
    void theStatefulApisNeverConsultTheCatalogue() throws Exception {
        SmsCatalogue catalogue = new SmsCatalogue();
        try (Running mock = start(catalogue, true)) {
            HttpResponse<String> list = HTTP.send(
                    HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/v2/applications"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            "abcd1234:Secret123".getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(catalogue.asked).isZero();
        }
    }

    private static Running start(Catalogue catalogue, boolean enabled) {
        NexmockWireMock nexmock = NexmockWireMock.builder()
                .state(NexmoState.inMemory(Clock.systemUTC()))
                .options(NexmockOptions.builder()
                        .account(ACCOUNT)
                        .catalogue(enabled)
                        .build())
                .catalogue(catalogue)
                .build();
        WireMockServer wireMock = new WireMockServer(nexmock.serverConfiguration(0, "127.0.0.1"));
        wireMock.start();
        return new Running(nexmock, wireMock);
    }

    private record Running(NexmockWireMock nexmock, WireMockServer wireMock) implements AutoCloseable {

        String baseUrl() {
            return "http://127.0.0.1:" + wireMock.port();
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            wireMock.stop();
        }
    }
}
