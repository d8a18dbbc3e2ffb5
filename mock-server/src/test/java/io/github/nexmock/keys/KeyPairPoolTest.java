package io.github.nexmock.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyPairPoolTest {

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
    void fillsUpToItsSparesInTheBackgroundAndHandsThemOutAtOnce() throws Exception {
        try (KeyPairPool pool = new KeyPairPool(2)) {
            awaitSpares(pool, 2);
            Thread.sleep(200);
            assertThat(pool.available()).isEqualTo(2);

            long start = System.nanoTime();
            KeyPair first = pool.take();
            KeyPair second = pool.take();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
            assertThat(first.getPublic()).isNotEqualTo(second.getPublic());

            awaitSpares(pool, 2);
        }
    }

    @Test
    void idlePoolGeneratesNothingUntilFilled() throws Exception {
        try (KeyPairPool pool = KeyPairPool.idle(1)) {
            Thread.sleep(300);
            assertThat(pool.available()).isZero();

            assertThat(pool.fill()).isSameAs(pool);
            awaitSpares(pool, 1);
        }
    }

    @Test
    void generatesInTheCallerWhenEmpty() {
        try (KeyPairPool pool = new KeyPairPool(0)) {
            KeyPair pair = pool.take();
            assertThat(pair.getPrivate().getAlgorithm()).isEqualTo("RSA");
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
