package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.StateSnapshot;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the fuzzer found WireMock or Jetty answering with a 5xx: each now gets a 400 problem and changes nothing. */
class UnparsableRequestsTest {

    private static NexmoMockServer server;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
        server.createApplication("present");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsABadRequest() {
        assertBadRequest(
                account("POST", "/v2/applications")
                        .json("{\"name\":\"x\"}")
                        .declaredLength("100")
                        .closeOutputAfterBody(),
                "the request body ended before the 100 bytes its Content-Length announced");
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsABadRequest() {
        assertBadRequest(
                account("POST", "/v1/calls")
                        .header("Content-Type", "multipart/form-data")
                        .body("x".getBytes(StandardCharsets.UTF_8)),
                "the multipart body cannot be read");
    }

    @Test
    void aLowerCaseMethodIsABadRequest() {
        assertBadRequest(account("get", "/v1/calls"), "method names are case-sensitive (GET)");
    }

    @Test
    void aFormBodyThatIsNotUtf8IsABadRequest() {
        assertBadRequest(
                account("POST", "/v1/applications")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body("name=%C3%28&type=voice".getBytes(StandardCharsets.UTF_8)),
                "the form body is not UTF-8");
    }

    @Test
    void aTargetThatIsNotAPathIsABadRequestProblem() {
        RawHttp.Response response = account("GET", "*").send(server.port());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void headersOverJettysLimitGetA431Problem() {
        RawHttp.Response response = account("GET", "/v2/applications")
                .header("X-Padding", "x".repeat(70_000))
                .send(server.port());

        assertThat(response.status()).as(response.toString()).isEqualTo(431);
        assertProblem(response);
        assertThat(response.json().path("title").asText()).isEqualTo("Request Header Fields Too Large");
    }

    private static void assertProblem(RawHttp.Response response) {
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).startsWith("https://developer.nexmo.com/");
        assertThat(response.json().path("detail").asText()).startsWith("the request could not be read as HTTP: ");
        assertThat(response.body()).doesNotContain("<html", "<h1");
    }

    private static RawHttp account(String method, String target) {
        return RawHttp.request(method, target).basic(server.apiKey(), server.apiSecret());
    }

    private static void assertBadRequest(RawHttp request, String detail) {
        StateSnapshot before = server.state().snapshot();

        RawHttp.Response response = request.send(server.port());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains(detail);
        assertThat(server.state().snapshot()).isEqualTo(before);
    }
}
