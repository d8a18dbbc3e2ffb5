package io.github.nexmock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Authenticated {@code GET /v1/users/{id}} on the mock (Bearer JWT verified, user read from the state, JSON written)
 * against a plain WireMock server whose static stub returns the very same body: same WireMock settings (random port on
 * 127.0.0.1, journal of 1000 entries, request logging off), the same HTTP/1.1 client and the same request headers.
 * The ratio of the two throughputs is what nexmock's filter and API handler cost on the hot path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
public class UserLookupThroughputBenchmark {

    private NexmoMockServer nexmock;
    private WireMockServer plain;
    private HttpClient client;
    private HttpRequest authenticatedLookup;
    private HttpRequest staticStub;

    /** Starts both servers, creates one user, copies its JSON into the static stub and checks both answer alike. */
    @Setup
    public void startServers() throws IOException, InterruptedException {
        nexmock = NexmoMockServer.builder().build().start();
        CreatedApplication app = nexmock.createApplication("bench");
        String userId = nexmock.createUser(app.id(), "alice").id();
        String token = NexmoJwts.builder()
                .applicationId(app.id())
                .privateKey(app.privateKey())
                .lifetime(Duration.ofHours(12))
                .sign();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        authenticatedLookup = request(nexmock.baseUrl(), userId, token);
        HttpResponse<String> real = send(authenticatedLookup);

        plain = new WireMockServer(WireMockConfiguration.options()
                .port(0)
                .bindAddress("127.0.0.1")
                .maxRequestJournalEntries(NexmockOptions.DEFAULT_MAX_JOURNAL_ENTRIES)
                .stubRequestLoggingDisabled(true));
        plain.start();
        plain.stubFor(get("/v1/users/" + userId)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(real.body())));
        staticStub = request(plain.baseUrl(), userId, token);
        HttpResponse<String> stubbed = send(staticStub);
        if (real.statusCode() != 200
                || stubbed.statusCode() != 200
                || real.body().length() != stubbed.body().length()) {
            throw new IllegalStateException("the two endpoints do not answer alike: " + real.statusCode() + " "
                    + real.body() + " / " + stubbed.statusCode() + " " + stubbed.body());
        }
    }

    @TearDown
    public void stopServers() {
        plain.stop();
        nexmock.close();
    }

    /** nexmock: JWT verified, ACL and times checked, user looked up and written as JSON. */
    @Benchmark
    public int authenticatedUserLookup() throws IOException, InterruptedException {
        return send(authenticatedLookup).statusCode();
    }

    /** Plain WireMock: a static stub returning the same body. */
    @Benchmark
    public int plainWireMockStaticStub() throws IOException, InterruptedException {
        return send(staticStub).statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("unexpected " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static HttpRequest request(String baseUrl, String userId, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/users/" + userId))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
    }
}
