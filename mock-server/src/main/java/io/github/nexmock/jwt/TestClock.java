package io.github.nexmock.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test sets or advances it, for checks of expiry and not-before at exact seconds.
 * Give the same instance to the mock ({@code NexmockOptions.builder().clock(...)} or
 * {@code NexmoExtension.builder().clock(...)}) and to the code under test. Thread-safe; a copy in another zone
 * ({@link #withZone}) moves with this one. Timers of a {@link io.github.nexmock.voice.ClockScheduler} on it fire
 * when it is moved past them.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;
    private final List<Runnable> listeners;

    private TestClock(AtomicReference<Instant> now, ZoneId zone, List<Runnable> listeners) {
        this.now = now;
        this.zone = zone;
        this.listeners = listeners;
    }

    /** A clock stopped at {@code instant}, in UTC. */
    public static TestClock at(Instant instant) {
        return new TestClock(
                new AtomicReference<>(Objects.requireNonNull(instant, "instant")),
                ZoneOffset.UTC,
                new CopyOnWriteArrayList<>());
    }

    /** A clock stopped at the start of the current second (JWT times are whole seconds), in UTC. */
    public static TestClock stoppedNow() {
        return at(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /** Moves the clock to {@code instant}, forwards or backwards. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
        listeners.forEach(Runnable::run);
    }

    /** Moves the clock by {@code duration} (negative to go back). */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
        listeners.forEach(Runnable::run);
    }

    /**
     * Runs {@code listener} on the moving thread each time the clock is set or advanced: how the mock's timers (call
     * lifecycles) follow a test's clock.
     */
    public void onMove(Runnable listener) {
        listeners.add(listener);
    }

    /** Stops running {@code listener}, added with {@link #onMove}. */
    public void removeOnMove(Runnable listener) {
        listeners.remove(listener);
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
        return new TestClock(now, Objects.requireNonNull(zone, "zone"), listeners);
    }
}
