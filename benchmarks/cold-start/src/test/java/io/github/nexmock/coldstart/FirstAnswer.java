package io.github.nexmock.coldstart;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.User;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The steps of a cold start in a fresh JVM, timed one after the other, without JUnit: what the @NexmoTest class does
 * (mock built and started, shipped key pair read, application and user made, client SDK JWT signed, first answer to
 * a request with it) or what the @WireMockTest class does (server built and started, stub added, first answer).
 * Usage: FirstAnswer nexmock|wiremock; prints one line per step: its name, wall ms and the CPU ms the whole process
 * (JIT and GC threads included) spent in it, which a busy machine disturbs less than the wall time.
 */
public final class FirstAnswer {

    private final Map<String, String> steps = new LinkedHashMap<>();
    private long last = System.nanoTime();
    private long lastCpu = cpuNanos();

    private FirstAnswer() {
    }

    public static void main(String[] args) throws Exception {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        FirstAnswer timer = new FirstAnswer();
        timer.steps.put("JVM start to main", Duration.between(jvmStart, Instant.now()).toMillis() + "\t"
                + timer.lastCpu / 1_000_000);
        if (args[0].equals("nexmock")) {
            timer.nexmock();
        } else {
            timer.wireMock();
        }
        timer.steps.forEach((step, ms) -> System.out.println(step + "\t" + ms));
        System.exit(0);
    }

    private void nexmock() throws Exception {
        NexmoMockServer server = NexmoMockServer.builder().build();
        step("mock built (WireMock options, extensions, state)");
        server.start();
        step("mock started (Jetty listening)");
        KeyPair keys = RsaKeys.readKeyPair(firstShippedKey());
        step("shipped key pair read");
        Application app = server.createApplication("cold start", keys.getPublic());
        User alice = server.createUser(app.id(), "alice");
        step("application and user made");
        String jwt = NexmoJwts.builder().applicationId(app.id()).privateKey(keys.getPrivate()).subject("alice")
                .acl(Acl.clientSdk()).sign();
        step("client SDK JWT signed");
        HttpClient client = HttpClient.newHttpClient();
        step("HTTP client made");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/v1/users/" + alice.id())).header("Authorization", "Bearer " + jwt)
                .build(), HttpResponse.BodyHandlers.ofString());
        step("first answer (JWT verified), status " + response.statusCode());
        server.close();
    }

    private void wireMock() throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        step("server built");
        server.start();
        step("server started (Jetty listening)");
        server.stubFor(get("/v1/users/USR-1").willReturn(okJson("{\"id\":\"USR-1\",\"name\":\"alice\"}")));
        step("stub added");
        HttpClient client = HttpClient.newHttpClient();
        step("HTTP client made");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/v1/users/USR-1")).build(), HttpResponse.BodyHandlers.ofString());
        step("first answer, status " + response.statusCode());
        server.stop();
    }

    private static String firstShippedKey() throws IOException {
        try (InputStream in = FirstAnswer.class.getResourceAsStream("/io/github/nexmock/junit5/mock-key-pairs.pem")) {
            String pems = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String end = "-----END PRIVATE KEY-----";
            return pems.substring(0, pems.indexOf(end) + end.length()) + "\n";
        }
    }

    private void step(String name) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        steps.put(name, (now - last) / 1_000_000 + "\t" + (cpu - lastCpu) / 1_000_000);
        last = now;
        lastCpu = cpu;
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
}
