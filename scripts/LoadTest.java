import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reliability load test of issue 7, run by scripts/load-test.sh against a running standalone server: worker
 * threads send authenticated reads and writes for a fixed time, each checking that it reads back what it wrote; then
 * the final state from /__admin/nexmock/state must be exactly what the clients were told, and the server's live heap
 * after a full GC must not have grown between the end of the warm-up and the end of the run.
 *
 * <p>Usage: java -cp standalone/target/nexmock-standalone-<version>.jar scripts/LoadTest.java URL API_KEY API_SECRET SECONDS THREADS PID
 * Exit status 0 when every check passed, 1 otherwise.
 */
public final class LoadTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int APPLICATIONS = 4;
    static final int MAX_USERS_PER_WORKER = 50;
    /** Live heap may grow by this much from the end of the warm-up to the end (allocator noise, not a leak). */
    static final long HEAP_GROWTH_ALLOWED = 8L << 20;

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        Duration duration = Duration.ofSeconds(Long.parseLong(args[3]));
        int threads = Integer.parseInt(args[4]);
        long serverPid = Long.parseLong(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        KeyPair keys = RsaKeys.generate();
        String publicPem = JSON.writeValueAsString(RsaKeys.toPublicPem(keys.getPublic()));
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v2/applications"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load-" + i + "\",\"keys\":{\"public_key\":"
                            + publicPem + "}}")).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating an application: " + created.statusCode() + " " + created.body());
            }
            applications.add(JSON.readTree(created.body()).get("id").asText());
        }

        MemoryProbe memory = new MemoryProbe(serverPid);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            String applicationId = applications.get(t % APPLICATIONS);
            String bearer = "Bearer " + NexmoJwts.builder().applicationId(applicationId).privateKey(keys.getPrivate())
                    .lifetime(Duration.ofHours(24)).sign();
            Worker worker = new Worker(t, http, baseUrl, basic, bearer, applicationId, running, new Random(t));
            workers.add(worker);
            Thread thread = new Thread(() -> {
                try {
                    worker.run();
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            thread.start();
        }
        long start = System.nanoTime();
        long warmUpEnd = start + duration.toNanos() / 4;
        long end = start + duration.toNanos();
        Long heapAfterWarmUp = null;
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
            memory.sampleRss();
            if (heapAfterWarmUp == null && System.nanoTime() >= warmUpEnd) {
                heapAfterWarmUp = memory.liveHeapBytes();
            }
        }
        running.set(false);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAtEnd = memory.liveHeapBytes();

        List<String> failures = new ArrayList<>();
        long requests = 0;
        long writes = 0;
        Map<String, Integer> counts = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        for (Worker worker : workers) {
            requests += worker.requests;
            writes += worker.writes;
            worker.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
            failures.addAll(worker.failures);
            for (int i = 0; i < worker.latencyCount; i++) {
                latencies.add(worker.latencies[i]);
            }
        }
        failures.addAll(finalStateProblems(http, baseUrl, workers));
        if (heapAfterWarmUp != null && heapAtEnd - heapAfterWarmUp > HEAP_GROWTH_ALLOWED) {
            failures.add("live heap grew from " + mb(heapAfterWarmUp) + " to " + mb(heapAtEnd));
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();

        System.out.printf("load: %d threads for %.1f s: %d requests (%d writes), %.0f requests/s; %s%n", threads,
                seconds, requests, writes, requests / seconds, counts);
        System.out.printf("latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(sorted, 50),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("server memory: RSS %s (sampled every second); live heap after a full GC: %s after the "
                + "warm-up, %s at the end%n", memory.rssSummary(), heapAfterWarmUp == null ? "n/a" : mb(heapAfterWarmUp),
                mb(heapAtEnd));
        System.out.printf("final state: %d users expected, checked against /__admin/nexmock/state%n",
                workers.stream().mapToInt(worker -> worker.users.size()).sum());
        if (failures.isEmpty()) {
            System.out.println("PASS: no unexpected answer, no lost write, memory flat");
            return;
        }
        System.out.println("FAIL: " + failures.size() + " problems; the first ones:");
        failures.stream().limit(20).forEach(problem -> System.out.println("  " + problem));
        System.exit(1);
    }

    /** What the admin state holds must be exactly the users the workers were told exist, with their last names. */
    static List<String> finalStateProblems(HttpClient http, String baseUrl, List<Worker> workers) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/nexmock/state"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> found = new HashMap<>();
        for (JsonNode user : JSON.readTree(response.body()).path("users")) {
            found.put(user.path("id").asText(), user.path("application_id").asText() + " "
                    + user.path("display_name").asText());
        }
        Map<String, String> expected = new HashMap<>();
        for (Worker worker : workers) {
            worker.users.forEach((id, displayName) -> expected.put(id, worker.applicationId + " " + displayName));
        }
        List<String> problems = new ArrayList<>();
        expected.forEach((id, value) -> {
            if (!value.equals(found.get(id))) {
                problems.add("user " + id + ": clients were told '" + value + "', the server has '" + found.get(id) + "'");
            }
        });
        found.keySet().stream().filter(id -> !expected.containsKey(id))
                .forEach(id -> problems.add("user " + id + " exists although its deletion was acknowledged"));
        return problems;
    }

    static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }

    /** One client thread: its own users in one application, a mix of reads and writes, every answer checked. */
    static final class Worker {

        final int number;
        final HttpClient http;
        final String baseUrl;
        final String basic;
        final String bearer;
        final String applicationId;
        final AtomicBoolean running;
        final Random random;
        /** User id to the display name the server last acknowledged. */
        final Map<String, String> users = new HashMap<>();
        final List<String> userIds = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final Map<String, Integer> counts = new TreeMap<>();
        long[] latencies = new long[1 << 16];
        int latencyCount;
        long requests;
        long writes;
        int created;

        Worker(int number, HttpClient http, String baseUrl, String basic, String bearer, String applicationId,
               AtomicBoolean running, Random random) {
            this.number = number;
            this.http = http;
            this.baseUrl = baseUrl;
            this.basic = basic;
            this.bearer = bearer;
            this.applicationId = applicationId;
            this.running = running;
            this.random = random;
        }

        void run() {
            while (running.get()) {
                int roll = random.nextInt(100);
                try {
                    if (roll < 35 && !userIds.isEmpty()) {
                        readOwnUser();
                    } else if (roll < 50) {
                        call("list users", "GET", "/v1/users?page_size=20", bearer, null, 200);
                    } else if (roll < 60) {
                        call("read application", "GET", "/v2/applications/" + applicationId, basic, null, 200);
                    } else if (roll < 65) {
                        call("list applications", "GET", "/v2/applications?page_size=5", basic, null, 200);
                    } else if (roll < 80 && !userIds.isEmpty()) {
                        renameOwnUser();
                    } else if (roll < 95 && userIds.size() < MAX_USERS_PER_WORKER || userIds.isEmpty()) {
                        createUser();
                    } else {
                        deleteOwnUser();
                    }
                } catch (IOException e) {
                    failures.add("worker " + number + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void readOwnUser() throws IOException, InterruptedException {
            String id = userIds.get(random.nextInt(userIds.size()));
            JsonNode user = call("read user", "GET", "/v1/users/" + id, bearer, null, 200);
            if (user != null && !users.get(id).equals(user.path("display_name").asText())) {
                failures.add("worker " + number + " read back display_name '" + user.path("display_name").asText()
                        + "' of " + id + ", it last wrote '" + users.get(id) + "'");
            }
        }

        void createUser() throws IOException, InterruptedException {
            String name = "w" + number + "-" + created++;
            JsonNode user = call("create user", "POST", "/v1/users", bearer,
                    "{\"name\":\"" + name + "\",\"display_name\":\"" + name + "\"}", 201);
            if (user != null) {
                users.put(user.path("id").asText(), name);
                userIds.add(user.path("id").asText());
            }
        }

        void renameOwnUser() throws IOException, InterruptedException {
            String id = userIds.get(random.nextInt(userIds.size()));
            String displayName = "d" + number + "-" + random.nextInt(1_000_000);
            if (call("update user", "PATCH", "/v1/users/" + id, bearer,
                    "{\"display_name\":\"" + displayName + "\"}", 200) != null) {
                users.put(id, displayName);
            }
        }

        void deleteOwnUser() throws IOException, InterruptedException {
            String id = userIds.remove(random.nextInt(userIds.size()));
            if (call("delete user", "DELETE", "/v1/users/" + id, bearer, null, 204) != null) {
                users.remove(id);
            } else {
                userIds.add(id);
            }
        }

        /** Sends one request; returns its JSON body (an empty object for 204) when the status is as expected, else null. */
        JsonNode call(String kind, String method, String path, String authorization, String json, int expected)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", authorization);
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            record(System.nanoTime() - started);
            requests++;
            if (!method.equals("GET")) {
                writes++;
            }
            counts.merge(kind, 1, Integer::sum);
            if (response.statusCode() != expected) {
                failures.add(kind + " " + method + " " + path + ": expected " + expected + ", got "
                        + response.statusCode() + " " + response.body());
                return null;
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }

        void record(long nanos) {
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[latencyCount++] = nanos;
        }
    }

    /** The server process's resident memory, sampled from /proc, and its live heap measured with jcmd. */
    static final class MemoryProbe {

        final long pid;
        final ConcurrentLinkedQueue<Long> rssKb = new ConcurrentLinkedQueue<>();

        MemoryProbe(long pid) {
            this.pid = pid;
        }

        void sampleRss() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rssKb.add(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        }

        /** Bytes of live objects: GC.class_histogram runs a full GC first; its last line is the total. */
        long liveHeapBytes() throws IOException, InterruptedException {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String[] lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            process.waitFor();
            String[] total = lines[lines.length - 1].trim().split("\\s+");
            if (!total[0].equals("Total")) {
                throw new IOException("unexpected jcmd output: " + lines[lines.length - 1]);
            }
            return Long.parseLong(total[2]);
        }

        /** Maximum RSS in the first, middle and last third of the run. */
        String rssSummary() {
            List<Long> samples = new ArrayList<>(rssKb);
            if (samples.size() < 3) {
                return samples + " kB";
            }
            int third = samples.size() / 3;
            return String.format("max %s / %s / %s in the first / middle / last third",
                    mb(max(samples.subList(0, third)) << 10), mb(max(samples.subList(third, 2 * third)) << 10),
                    mb(max(samples.subList(2 * third, samples.size())) << 10));
        }

        static long max(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
