package io.github.nexmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request journal keeps the newest {@code maxJournalEntries} requests, as WireMock's own cap does (the journal
 * counts instead of WireMock recounting it on every request), and forgets a removed or reset one.
 */
class JournalCapTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void keepsTheNewestRequestsUpToTheCapInArrivalOrderNewestFirst() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().maxJournalEntries(3).build())
                .build()
                .start()) {
            for (int i = 1; i <= 5; i++) {
                send(server, "/v1/stubbed-api/" + i);
            }
            WireMock admin = new WireMock(server.port());

            assertThat(admin.getServeEvents())
                    .extracting(event -> event.getRequest().getUrl())
                    .containsExactly("/v1/stubbed-api/5", "/v1/stubbed-api/4", "/v1/stubbed-api/3");
            assertThat(admin.getServeEvents())
                    .allSatisfy(
                            event -> assertThat(event.getResponse().getStatus()).isEqualTo(401));
        }
    }

    @Test
    void aRemovedOrResetRequestLeavesRoomForNewOnes() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().maxJournalEntries(2).build())
                .build()
                .start()) {
            WireMock admin = new WireMock(server.port());
            send(server, "/v1/stubbed-api/1");
            send(server, "/v1/stubbed-api/2");
            List<ServeEvent> kept = admin.getServeEvents();
            admin.removeEvent(kept.get(0).getId());
            send(server, "/v1/stubbed-api/3");

            assertThat(admin.getServeEvents())
                    .extracting(event -> event.getRequest().getUrl())
                    .containsExactly("/v1/stubbed-api/3", "/v1/stubbed-api/1");

            admin.resetRequests();
            send(server, "/v1/stubbed-api/4");
            assertThat(admin.getServeEvents())
                    .extracting(event -> event.getRequest().getUrl())
                    .containsExactly("/v1/stubbed-api/4");
        }
    }

    private static void send(NexmoMockServer server, String path) throws Exception {
        HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
