package io.github.nexmock.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClockSchedulerTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-12-02T10:00:00Z"));
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void runsATaskOnlyWhenTheTestClockIsMovedPastItsTimeInTimeOrder() {
        try (ClockScheduler scheduler = new ClockScheduler(clock)) {
            scheduler.schedule(Duration.ofSeconds(5), () -> ran.add("five"));
            scheduler.schedule(Duration.ofSeconds(2), () -> ran.add("two"));
            scheduler.schedule(Duration.ofSeconds(2), () -> ran.add("two again"));

            clock.advance(Duration.ofSeconds(1));
            assertThat(ran).isEmpty();
            clock.advance(Duration.ofSeconds(4));
            assertThat(ran).containsExactly("two", "two again", "five");
            assertThat(scheduler.pending()).isZero();
        }
    }

    @Test
    void runsADueTaskAtOnceAndATaskItSchedulesWhenItsTimeComes() {
        try (ClockScheduler scheduler = new ClockScheduler(clock)) {
            scheduler.schedule(Duration.ZERO, () -> {
                ran.add("now");
                scheduler.schedule(Duration.ofSeconds(3), () -> ran.add("later"));
            });
            assertThat(ran).containsExactly("now");
            clock.set(clock.instant().plusSeconds(3));
            assertThat(ran).containsExactly("now", "later");
        }
    }

    @Test
    void aClosedSchedulerDropsItsTasksAndNoLongerFollowsTheClock() {
        ClockScheduler scheduler = new ClockScheduler(clock);
        scheduler.schedule(Duration.ofSeconds(1), () -> ran.add("dropped"));
        scheduler.close();
        clock.advance(Duration.ofMinutes(1));
        scheduler.schedule(Duration.ZERO, () -> ran.add("after close"));
        assertThat(ran).isEmpty();
        assertThat(scheduler.pending()).isZero();
    }
}
