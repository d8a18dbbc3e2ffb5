package io.github.nexmock.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's {@code proxiedFrom} stub still proxies, although nexmock builds WireMock's proxy clients at their first
 * use instead of at every start (issue 24: building them was about a fifth of a cold start).
 */
class ProxiedStubsTest {

    @Test
    void aProxiedStubReachesItsTargetBehindTheMocksAuthentication() throws Exception {
        WireMockServer target = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        target.start();
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            target.stubFor(get("/v1/legacy-api/ping")
                    .willReturn(aResponse().withStatus(200).withBody("pong")));
            server.wireMock()
                    .stubFor(get("/v1/legacy-api/ping").willReturn(aResponse().proxiedFrom(target.baseUrl())));
            String basic = Base64.getEncoder()
                    .encodeToString((server.apiKey() + ":" + server.apiSecret()).getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/legacy-api/ping"))
                                    .header("Authorization", "Basic " + basic)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("pong");
            assertThat(target.getAllServeEvents()).hasSize(1);
        } finally {
            target.stop();
        }
    }

    @Test
    void buildsEachClientOnceAtItsFirstRequestWithTheSettingsWireMockAskedFor() throws Exception {
        List<String> built = new ArrayList<>();
        HttpClientFactory counting = (options, trustAll, trustedHosts, systemProperties) -> {
            built.add(trustAll + " " + trustedHosts + " " + systemProperties);
            return request -> Response.response().status(204).build();
        };
        ProxyClientsOnFirstUse factory = new ProxyClientsOnFirstUse(counting);

        HttpClient reverse = factory.buildHttpClient(options(), true, List.of(), true);
        HttpClient forward = factory.buildHttpClient(options(), false, List.of("example.com"), false);
        assertThat(built).isEmpty();

        assertThat(reverse.execute(null).getStatus()).isEqualTo(204);
        assertThat(reverse.execute(null).getStatus()).isEqualTo(204);
        assertThat(built).containsExactly("true [] true");
        forward.execute(null);
        assertThat(built).containsExactly("true [] true", "false [example.com] false");
    }
}
