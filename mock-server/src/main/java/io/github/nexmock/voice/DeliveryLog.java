package io.github.nexmock.voice;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The latest webhook delivery attempts, oldest first, bounded like the rejection log. A test takes a {@link #mark()}
 * and reads {@link #since(long)}, or waits for an attempt it expects with {@link #await}. Thread-safe.
 */
public final class DeliveryLog {

    /** How many attempts the log keeps unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;

    private record Entry(long sequence, Delivery delivery) {}

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long sequence;

    /** A log keeping the latest {@code capacity} attempts. */
    public DeliveryLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("delivery log capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized void add(Delivery delivery) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(++sequence, delivery));
        notifyAll();
    }

    /** The sequence number of the latest attempt so far. */
    public synchronized long mark() {
        return sequence;
    }

    /** The attempts after {@code mark} that the log still holds, oldest first. */
    public synchronized List<Delivery> since(long mark) {
        List<Delivery> later = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sequence() > mark) {
                later.add(entry.delivery());
            }
        }
        return later;
    }

    /**
     * The attempts after {@code mark} and the mark to read from next, taken in one step, so that an attempt made
     * meanwhile is in this page or the next, never in both or neither.
     */
    public synchronized Page page(long mark) {
        return new Page(since(mark), sequence);
    }

    /** Attempts after a mark, and the mark that follows them. */
    public record Page(List<Delivery> deliveries, long mark) {}

    /** Every attempt the log holds, oldest first. */
    public List<Delivery> all() {
        return since(0);
    }

    /** Forgets every attempt; marks stay valid. */
    public synchronized void clear() {
        entries.clear();
    }

    /**
     * The first attempt after {@code mark} that {@code expected} accepts, waiting at most {@code timeout} of real
     * time for it to be made (deliveries are real HTTP); empty when none came.
     */
    public synchronized Optional<Delivery> await(long mark, Predicate<Delivery> expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Entry entry : entries) {
                if (entry.sequence() > mark && expected.test(entry.delivery())) {
                    return Optional.of(entry.delivery());
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
