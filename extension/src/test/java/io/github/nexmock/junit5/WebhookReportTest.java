package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class WebhookReportTest {

    @Test
    void addsTheWebhooksOfAFailedTestWithUrlAttemptAndOutcome() {
        Throwable failure = Engine.outcomeOf(
                Engine.run(CallsANumber.class), "failsAfterACall(NexmoEnvironment, NexmoCalls, String)");

        assertThat(failure).hasMessage("the backend saw no event");
        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith("the Nexmo mock sent ")
                .contains(" webhooks with this test's application:\n  event webhook POST http://127.0.0.1:")
                .contains(", attempt 1: ")
                .contains(", attempt 2: "));
    }

    @NexmoTest
    @NexmoApp(capabilities = Capability.VOICE)
    static class CallsANumber {

        @Test
        void failsAfterACall(NexmoEnvironment nexmo, NexmoCalls calls, @NexmoJwt String token) throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            String body = "{\"to\":[{\"type\":\"phone\",\"number\":\"447700900001\"}],"
                    + "\"from\":{\"type\":\"phone\",\"number\":\"447700900000\"},"
                    + "\"ncco\":[{\"action\":\"conversation\",\"name\":\"report\"}],"
                    + "\"event_url\":[\"http://127.0.0.1:" + closedPort + "/events\"]}";
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(nexmo.baseUrl() + "/v1/calls"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            calls.awaitWebhooks();
            throw new AssertionError("the backend saw no event");
        }
    }
}
