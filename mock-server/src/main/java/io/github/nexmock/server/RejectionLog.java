package io.github.nexmock.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The most recent refusals of the mock's authentication filter, oldest first, bounded so a long-running server keeps
 * only the latest. A test takes a {@link #mark()} before acting and reads {@link #since(long)} afterwards to see only
 * the refusals its own requests caused. Thread-safe.
 */
public final class RejectionLog {

    /** How many refusals a log keeps unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long sequence;

    /** A log keeping the latest {@link #DEFAULT_CAPACITY} refusals. */
    public RejectionLog() {
        this(DEFAULT_CAPACITY);
    }

    /** A log keeping the latest {@code capacity} refusals. */
    public RejectionLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("rejection log capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records a refusal, dropping the oldest one when the log is full. */
    public synchronized void add(Rejection rejection) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(++sequence, rejection));
    }

    /** The sequence number of the latest refusal so far: pass it to {@link #since(long)} later. */
    public synchronized long mark() {
        return sequence;
    }

    /** The refusals recorded after {@code mark} that the log still holds, oldest first. */
    public synchronized List<Rejection> since(long mark) {
        List<Rejection> later = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sequence() > mark) {
                later.add(entry.rejection());
            }
        }
        return later;
    }

    /** Every refusal the log holds, oldest first. */
    public List<Rejection> all() {
        return since(0);
    }

    /** Forgets every refusal; marks taken before stay valid. */
    public synchronized void clear() {
        entries.clear();
    }

    private record Entry(long sequence, Rejection rejection) {
    }
}
