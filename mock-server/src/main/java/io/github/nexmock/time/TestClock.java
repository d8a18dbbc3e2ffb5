package io.github.nexmock.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test sets or advances it, for checks of expiry and not-before at exact seconds.
 * Give the same instance to the mock ({@code NexmoMockServer.builder().clock(...)} or
 * {@code NexmoExtension.builder().clock(...)}) and to the code under test. Thread-safe; a copy in another zone
 * ({@link #withZone}) moves with this one.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock stopped at {@code instant}, in UTC. */
    public static TestClock at(Instant instant) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /** A clock stopped at the start of the current second (JWT times are whole seconds), in UTC. */
    public static TestClock stoppedNow() {
        return at(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /** Moves the clock to {@code instant}, forwards or backwards. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock by {@code duration} (negative to go back). */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now, Objects.requireNonNull(zone, "zone"));
    }
}
