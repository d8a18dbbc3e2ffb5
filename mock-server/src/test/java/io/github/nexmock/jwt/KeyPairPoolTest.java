package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyPairPoolTest {

    /** Generates real pairs and remembers the thread that generated each. */
    private static final class Recording implements Supplier<KeyPair> {

        final Map<KeyPair, String> threads = new ConcurrentHashMap<>();

        @Override
        public KeyPair get() {
            KeyPair pair = RsaKeys.generate();
            threads.put(pair, Thread.currentThread().getName());
            return pair;
        }
    }

    /** Waits, at most a minute, for the background thread to have {@code count} spares ready. */
    private static void awaitSpares(KeyPairPool pool, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (pool.available() < count) {
            assertThat(Instant.now())
                    .as("pool filled to %d spares in time", count)
                    .isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void fillsUpToItsSparesInTheBackgroundAndHandsThemOutWithoutGenerating() throws Exception {
        Recording generation = new Recording();
        try (KeyPairPool pool = new KeyPairPool(2, true, generation).fill()) {
            awaitSpares(pool, 2);
            assertThat(generation.threads).as("generated before any take").hasSize(2);

            KeyPair first = pool.take();
            KeyPair second = pool.take();
            assertThat(generation.threads.get(first)).isEqualTo("nexmock-key-pair-pool");
            assertThat(generation.threads.get(second)).isEqualTo("nexmock-key-pair-pool");
            assertThat(first.getPublic()).isNotEqualTo(second.getPublic());

            awaitSpares(pool, 2);
            assertThat(generation.threads)
                    .as("one generated for each taken, none beyond the spares")
                    .hasSize(4);
        }
    }

    @Test
    void idlePoolGeneratesNothingUntilFilled() throws Exception {
        Recording generation = new Recording();
        try (KeyPairPool pool = new KeyPairPool(1, true, generation)) {
            assertThat(pool.available()).isZero();
            assertThat(generation.threads).isEmpty();

            assertThat(pool.fill()).isSameAs(pool);
            awaitSpares(pool, 1);
            assertThat(generation.threads).containsValue("nexmock-key-pair-pool");
        }
    }

    @Test
    void generatesInTheCallerWhenEmpty() {
        Recording generation = new Recording();
        try (KeyPairPool pool = new KeyPairPool(0, true, generation).fill()) {
            KeyPair pair = pool.take();
            assertThat(pair.getPrivate().getAlgorithm()).isEqualTo("RSA");
            assertThat(generation.threads.get(pair))
                    .isEqualTo(Thread.currentThread().getName());
            assertThat(pool.available()).isZero();
        }
    }

    @Test
    void stillHandsOutPairsAfterClose() {
        KeyPairPool pool = new KeyPairPool(1);
        pool.close();
        assertThat(pool.take()).isNotNull();
    }

    @Test
    void sharedPoolIsOneJvmWideInstanceThatIgnoresClose() throws Exception {
        KeyPairPool shared = KeyPairPool.shared().fill();
        shared.close();

        assertThat(KeyPairPool.shared()).isSameAs(shared);
        awaitSpares(shared, 1);
    }

    @Test
    void refusesNegativeSpares() {
        assertThatThrownBy(() -> new KeyPairPool(-1)).hasMessage("spares must be 0 or more, was -1");
    }
}
