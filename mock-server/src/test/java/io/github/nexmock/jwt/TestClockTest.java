package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestClockTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void standsStillUntilSetOrAdvanced() {
        TestClock clock = TestClock.at(START);

        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofSeconds(90));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));
        clock.set(START.minusSeconds(5));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(5));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aCopyInAnotherZoneMovesWithIt() {
        TestClock clock = TestClock.at(START);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(1));

        assertThat(paris.instant()).isEqualTo(START.plusSeconds(60));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void stoppedNowIsAWholeSecond() {
        assertThat(TestClock.stoppedNow().instant().getNano()).isZero();
    }

    @Test
    void movesATokenPastItsExpiryToTheSecond() {
        TestClock clock = TestClock.at(START);
        KeyPair keys = KeyPairPool.shared().take();
        String token = NexmoJwts.builder()
                .applicationId("app")
                .privateKey(keys.getPrivate())
                .clock(clock)
                .lifetime(Duration.ofMinutes(1))
                .sign();
        JwtVerifier verifier = JwtVerifier.builder()
                .keyResolver(id -> Optional.of(keys.getPublic()))
                .clock(clock)
                .build();

        clock.advance(Duration.ofSeconds(59));
        assertThat(verifier.verify(token, "GET", "/v2/applications").applicationId())
                .isEqualTo("app");
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> verifier.verify(token, "GET", "/v2/applications"))
                .isInstanceOfSatisfying(
                        JwtRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
    }
}
