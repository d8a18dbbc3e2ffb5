package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.state.StateSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random, mostly broken requests to every endpoint: never a 5xx, never a connection left hanging, and a
 * refused request leaves the state exactly as it was. Bounded in count and time; the seed is fixed and printed, and
 * {@code -Dnexmock.fuzz.seed=...}, {@code -Dnexmock.fuzz.requests=...} and {@code -Dnexmock.fuzz.seconds=...}
 * change the run.
 */
class FuzzedInputTest {

    private static final long SEED = Long.getLong("nexmock.fuzz.seed", 20_261_122L);
    private static final int REQUESTS = Integer.getInteger("nexmock.fuzz.requests", 3000);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("nexmock.fuzz.seconds", 45));
    private static final int ANSWER_WITHIN_MILLIS = 5000;
    private static final String ADMIN_TOKEN = "fuzz-admin-token";

    @Test
    void brokenRequestsNeverGetAServerErrorNorChangeStateWhenRefused() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().adminToken(ADMIN_TOKEN).build())
                .build()
                .start()) {
            CreatedApplication app = server.createApplication("fuzzed");
            CreatedApplication other = server.createApplication("bystander");
            String userId = server.createUser(app.id(), "alice").id();
            StateSnapshot baseline = server.state().snapshot();
            RequestFuzzer fuzzer = new RequestFuzzer(new Random(SEED), server, app, other, userId, ADMIN_TOKEN);
            Map<Integer, Integer> statuses = new TreeMap<>();
            long started = System.nanoTime();
            long deadline = started + BUDGET.toNanos();
            int sent = 0;
            while (sent < REQUESTS && System.nanoTime() < deadline) {
                RequestFuzzer.FuzzedRequest fuzzed = fuzzer.next();
                StateSnapshot before = server.state().snapshot();
                RawHttp.Response response = fuzzed.request().send(server.port(), ANSWER_WITHIN_MILLIS);
                sent++;
                String context = "seed " + SEED + ", request #" + sent + ":\n"
                        + preview(fuzzed.request().bytes()) + "\n-> "
                        + preview(response.toString().getBytes(StandardCharsets.UTF_8));
                statuses.merge(response.status(), 1, Integer::sum);
                assertThat(response.status()).as(context).isLessThan(500);
                if (response.status() == 0) {
                    assertThat(fuzzed.brokenFraming())
                            .as("closed without an answer: " + context)
                            .isTrue();
                }
                if (response.status() >= 200 && response.status() < 300) {
                    server.state().restore(baseline);
                } else {
                    assertThat(server.state().snapshot())
                            .as("refused, yet the state changed: " + context)
                            .isEqualTo(before);
                }
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            System.out.printf("fuzzed %d requests in %d ms (seed %d); statuses %s%n", sent, millis, SEED, statuses);
            assertThat(sent).as("requests sent within %s", BUDGET).isGreaterThanOrEqualTo(Math.min(REQUESTS, 500));
            assertThat(statuses.keySet())
                    .as("the mix reaches successes and refusals")
                    .contains(200, 400, 401);
        }
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.length() <= 800 ? text : text.substring(0, 800) + "... (" + text.length() + " bytes)";
    }
}
