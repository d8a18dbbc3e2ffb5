package io.github.nexmock.samples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it, shared by the code under test and the nexmock extension. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    private TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock stopped at the current second. */
    public static TestClock stoppedNow() {
        return new TestClock(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a TestClock is always UTC");
    }
}
