package io.github.nexmock.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentUserCreationOverHttpTest {

    private static final int THREADS = 16;
    private static final int NAMES = 10;
    private static final int ATTEMPTS_PER_THREAD = 20;

    @Test
    void sixteenThreadsWithClashingNamesGetOneWinnerPerNameAndNoServerError() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            MockFixture mock = new MockFixture(server);
            CreatedApplication app = TestKeyPairs.application(server, "busy");
            String token = MockFixture.token(app);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> winners = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                            String name = "user-" + ((thread + i) % NAMES);
                            HttpCall.Reply reply = mock.anonymous("POST", "/v1/users")
                                    .bearer(token)
                                    .json("{\"name\":\"" + name + "\"}")
                                    .send();
                            statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger())
                                    .incrementAndGet();
                            if (reply.status() == 201) {
                                winners.computeIfAbsent(name, n -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }

            assertThat(statuses.keySet()).containsExactlyInAnyOrder(201, 409);
            assertThat(statuses.get(201).get()).isEqualTo(NAMES);
            assertThat(statuses.get(409).get()).isEqualTo(THREADS * ATTEMPTS_PER_THREAD - NAMES);
            assertThat(winners).hasSize(NAMES).allSatisfy((name, wins) -> assertThat(wins.get())
                    .isEqualTo(1));
            assertThat(server.state().users(app.id())).hasSize(NAMES);
        }
    }
}
