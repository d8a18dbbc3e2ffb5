package io.github.nexmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read without a thread, so the memory they hold is bounded on its own: clients that each send part of a
 * body and stall cannot, together, hold more than the budget (a quarter of the heap in a real server); the one that
 * would pass it gets a 503 asking it to retry, and the budget is free again once the others are done.
 */
class BodyBudgetTest {

    @Test
    void aBodyThatWouldPassTheBudgetGets503AndTheBudgetComesBack() throws Exception {
        HttpLimits limits = new HttpLimits(100_000, Duration.ofSeconds(30), 0);
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .httpServerFactory(new GuardedJettyServerFactory(limits, null, new BodyBudget(100_000))));
        server.start();
        try (Socket first = partialBody(server.port(), 60_000);
                Socket second = partialBody(server.port(), 60_000)) {
            CompletableFuture<String> firstAnswer = CompletableFuture.supplyAsync(() -> read(first));
            CompletableFuture<String> secondAnswer = CompletableFuture.supplyAsync(() -> read(second));
            String refused =
                    (String) CompletableFuture.anyOf(firstAnswer, secondAnswer).get(10, TimeUnit.SECONDS);
            Socket holder = firstAnswer.isDone() ? second : first;

            assertThat(refused)
                    .startsWith("HTTP/1.1 503")
                    .contains("Retry-After: 1")
                    .contains("the server holds as many request bodies as it has memory for (100000 bytes)");
            holder.getOutputStream().write(new byte[30_000]);
            assertThat((holder == first ? firstAnswer : secondAnswer).get(10, TimeUnit.SECONDS))
                    .as("the body within the budget")
                    .startsWith("HTTP/1.1 404");
            try (Socket third = partialBody(server.port(), 90_000)) {
                assertThat(read(third)).as("once the others are done").startsWith("HTTP/1.1 404");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void theBodyRefusedGivesBackWhatItHeldInTheSameStepSoTheOtherGoesOn() {
        BodyBudget budget = new BodyBudget(100_000);
        assertThat(budget.takeOrRelease(45_000, 0)).isTrue();
        assertThat(budget.takeOrRelease(50_000, 0)).isTrue();

        assertThat(budget.takeOrRelease(8_000, 45_000))
                .as("the first body passing the limit")
                .isFalse();
        assertThat(budget.takeOrRelease(8_000, 50_000))
                .as("the other body, once the first gave its 45,000 bytes back")
                .isTrue();
        assertThat(budget.takeOrRelease(42_000, 58_000))
                .as("exactly at the limit")
                .isTrue();
        assertThat(budget.takeOrRelease(1, 100_000)).isFalse();
        assertThat(budget.takeOrRelease(100_000, 0)).as("all given back").isTrue();
    }

    /** A request announcing 90,000 body bytes and sending {@code sent} of them. */
    private static Socket partialBody(int port, int sent) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.getOutputStream()
                .write(("POST /anything HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                + "Content-Length: 90000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(new byte[sent]);
        socket.getOutputStream().flush();
        return socket;
    }

    private static String read(Socket socket) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            socket.getInputStream().transferTo(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}
