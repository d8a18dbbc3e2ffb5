package io.github.nexmock.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentUserCreationTest {

    private static final int THREADS = 16;
    private static final int NAMES = 25;

    @Test
    void sixteenThreadsWithClashingNamesGetExactlyOneWinnerPerName() throws Exception {
        NexmoState state = NexmoState.inMemory();

        race(state);
    }

    @Test
    void durableStateKeepsExactlyTheWinnersAcrossReopen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.jsonl");
        StateSnapshot raced;
        try (NexmoState state = NexmoState.durable(file)) {
            race(state);
            raced = state.snapshot();
        }
        try (NexmoState reopened = NexmoState.durable(file)) {
            assertThat(reopened.snapshot()).isEqualTo(raced);
        }
    }

    private static void race(NexmoState state) throws Exception {
        String applicationId = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST))
                .id();
        AtomicInteger duplicates = new AtomicInteger();
        ConcurrentHashMap<String, String> winners = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < NAMES; n++) {
                        try {
                            User user = state.createUser(applicationId, UserFields.named("name" + n));
                            assertThat(winners.putIfAbsent(user.name(), user.id()))
                                    .isNull();
                        } catch (DuplicateUserNameException e) {
                            duplicates.incrementAndGet();
                        }
                        state.users(applicationId);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(winners).hasSize(NAMES);
        assertThat(duplicates.get()).isEqualTo(THREADS * NAMES - NAMES);
        assertThat(state.users(applicationId)).hasSize(NAMES).allSatisfy(user -> assertThat(winners.get(user.name()))
                .isEqualTo(user.id()));
    }
}
