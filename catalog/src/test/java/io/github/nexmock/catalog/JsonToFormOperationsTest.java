package io.github.nexmock.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The SDKs send JSON to the SMS and Verify operations their descriptions describe as form-encoded (@vonage/sms and
 * @vonage/verify 3.x, which scripts/interop.sh runs): the catalogue reads the same members from either body.
 */
class JsonToFormOperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void smsAndVerifyTakeTheirMembersAsJsonToo() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder()
                        .account("abcd1234", "Abcdef0123456789")
                        .build())
                .build()
                .start()) {
            JsonNode sms = post(
                    server,
                    "/sms/json",
                    "{\"api_key\":\"abcd1234\",\"api_secret\":\"Abcdef0123456789\","
                            + "\"from\":\"Acme\",\"to\":\"447700900000\",\"text\":\"hi\"}");
            assertThat(sms.path("messages").path(0).path("status").asText()).isEqualTo("0");

            JsonNode missing = post(
                    server,
                    "/sms/json",
                    "{\"api_key\":\"abcd1234\",\"api_secret\":\"Abcdef0123456789\","
                            + "\"from\":\"Acme\",\"text\":\"hi\"}");
            assertThat(missing.path("messages").path(0).path("status").asText()).isEqualTo("2");
            assertThat(missing.path("messages").path(0).path("error-text").asText())
                    .contains("to");

            JsonNode verify = post(
                    server,
                    "/verify/json",
                    "{\"api_key\":\"abcd1234\",\"api_secret\":\"Abcdef0123456789\","
                            + "\"number\":\"447700900000\",\"brand\":\"Acme\"}");
            assertThat(verify.path("status").asText()).isEqualTo("0");
            assertThat(verify.path("request_id").asText()).isNotEmpty();

            JsonNode refused = post(
                    server,
                    "/verify/json",
                    "{\"api_key\":\"abcd1234\",\"api_secret\":\"wrong-secret\","
                            + "\"number\":\"447700900000\",\"brand\":\"Acme\"}");
            assertThat(refused.path("status").asText()).isEqualTo("4");
        }
    }

    private JsonNode post(NexmoMockServer server, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
