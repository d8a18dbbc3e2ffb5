package io.github.nexmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An admin request with a body is served by the admin API alone: WireMock offers every request to both of its
 * contexts, and the body is read asynchronously, so the re-dispatch once it has arrived must not reach the stubs as
 * well (there it drew a 401 into the rejection log and broke the kept-alive connection).
 */
class AdminRequestsWithBodiesTest {

    @Test
    void aStubPostedToTheAdminApiIsServedOnceAndTheConnectionStaysUsable() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI mappings = URI.create(server.baseUrl() + "/__admin/mappings");

            HttpResponse<String> posted = http.send(
                    HttpRequest.newBuilder(mappings)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"request\":{\"url\":\"/v1/stubbed-api\"},\"response\":{\"status\":200}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> listed =
                    http.send(HttpRequest.newBuilder(mappings).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(posted.statusCode()).isEqualTo(201);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains("/v1/stubbed-api");
            assertThat(server.rejections().all()).isEmpty();
        }
    }
}
