import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded loopback load for scripts/figures.sh: creates one application and user, then sends REQUESTS authenticated
 * requests from 8 threads (reads with Basic auth and with an application JWT, one user creation in 100) and stops.
 * Run with the standalone jar on the class path: java -cp standalone/target/nexmock-standalone-<version>.jar scripts/LoadDriver.java URL KEY SECRET REQUESTS
 */
public final class LoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 8;

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int requests = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        JsonNode application = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/v2/applications"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load\",\"capabilities\":{\"rtc\":{}}}")).build(), 201));
        String applicationId = application.get("id").asText();
        String bearer = "Bearer " + NexmoJwts.builder().applicationId(applicationId)
                .privateKey(RsaKeys.readPrivateKey(application.path("keys").path("private_key").asText()))
                .lifetime(Duration.ofHours(1)).sign();
        String userId = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/v1/users"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load-user\"}")).build(), 201)).get("id").asText();

        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = switch (i % 4) {
                        case 0 -> get(baseUrl + "/v2/applications/" + applicationId, basic);
                        case 1 -> get(baseUrl + "/v2/applications?page_size=10", basic);
                        case 2 -> get(baseUrl + "/v1/users/" + userId, bearer);
                        default -> i % 100 == 3
                                ? HttpRequest.newBuilder(URI.create(baseUrl + "/v1/users")).header("Authorization", bearer)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"u" + i + "\"}")).build()
                                : get(baseUrl + "/v1/users?page_size=10", bearer);
                    };
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status >= 300) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d requests in %.1f s (%.0f/s), %d failed%n", requests, seconds, requests / seconds, failures.get());
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    private static HttpRequest get(String url, String authorization) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build();
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
