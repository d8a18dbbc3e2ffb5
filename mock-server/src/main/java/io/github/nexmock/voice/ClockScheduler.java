package io.github.nexmock.voice;

import io.github.nexmock.jwt.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks when a clock reaches their time. On a {@link TestClock} a task runs on the thread that moves the clock
 * past it (or at once when already due), so a test decides when time passes and never sleeps; on any other clock one
 * daemon thread waits for the next task. Tasks due at the same instant run in the order they were scheduled.
 * Thread-safe; {@link #close()} drops the pending tasks.
 */
public final class ClockScheduler implements AutoCloseable {

    private record Task(Instant at, long sequence, Runnable action) {}

    private final Clock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.sequence(), b.sequence()) : a.at().compareTo(b.at()));
    private final TestClock testClock;
    private final Runnable onMove = this::runDue;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> wakeUp;
    private long sequence;
    private boolean closed;

    /** A scheduler on {@code clock}. */
    public ClockScheduler(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.testClock = clock instanceof TestClock test ? test : null;
        if (testClock != null) {
            testClock.onMove(onMove);
            this.timer = null;
        } else {
            this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "nexmock-clock-scheduler");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** The clock the tasks are timed by. */
    public Clock clock() {
        return clock;
    }

    /** Runs {@code action} once the clock reaches {@code delay} from now (at once for zero). */
    public void schedule(Duration delay, Runnable action) {
        synchronized (this) {
            if (closed) {
                return;
            }
            tasks.add(new Task(clock.instant().plus(delay), sequence++, action));
        }
        if (testClock != null) {
            runDue();
        } else {
            rearm();
        }
    }

    /** Runs every task whose time has come, in time order, outside the scheduler's lock. */
    public void runDue() {
        while (true) {
            Task next;
            synchronized (this) {
                Task head = tasks.peek();
                if (closed || head == null || head.at().isAfter(clock.instant())) {
                    break;
                }
                next = tasks.poll();
            }
            next.action().run();
        }
        if (timer != null) {
            rearm();
        }
    }

    /** How many tasks wait for their time. */
    public synchronized int pending() {
        return tasks.size();
    }

    private synchronized void rearm() {
        if (closed) {
            return;
        }
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        Task head = tasks.peek();
        if (head != null) {
            long delay =
                    Math.max(0, Duration.between(clock.instant(), head.at()).toMillis());
            wakeUp = timer.schedule(this::runDue, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Drops the pending tasks and stops the timer thread, if any. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            tasks.clear();
        }
        if (testClock != null) {
            testClock.removeOnMove(onMove);
        } else {
            timer.shutdownNow();
        }
    }
}
