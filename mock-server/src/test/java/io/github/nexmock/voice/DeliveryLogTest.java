package io.github.nexmock.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryLogTest {

    private static Delivery attempt(int number) {
        return new Delivery(
                Instant.EPOCH,
                "event",
                "call",
                "app",
                "POST",
                "http://127.0.0.1/event",
                number,
                200,
                null,
                false,
                null,
                "{}",
                "");
    }

    @Test
    void aPageAndItsNextMarkAreOneStepSoNoAttemptIsReadTwiceOrMissed() {
        DeliveryLog log = new DeliveryLog(10);
        log.add(attempt(1));

        DeliveryLog.Page first = log.page(0);
        log.add(attempt(2));
        DeliveryLog.Page second = log.page(first.mark());

        assertThat(first.deliveries()).extracting(Delivery::attempt).containsExactly(1);
        assertThat(second.deliveries()).extracting(Delivery::attempt).containsExactly(2);
        assertThat(log.page(second.mark()).deliveries()).isEmpty();
    }

    @Test
    void keepsTheLatestAttemptsUpToItsCapacity() {
        DeliveryLog log = new DeliveryLog(2);
        for (int i = 1; i <= 3; i++) {
            log.add(attempt(i));
        }

        assertThat(log.all()).extracting(Delivery::attempt).containsExactly(2, 3);
        assertThat(log.page(0).mark()).isEqualTo(3);
    }
}
