package io.github.nexmock.jwt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The most recent entries of one kind, oldest first, bounded so a long-running server keeps only the latest. A test
 * takes a {@link #mark()} before acting and reads {@link #since(long)} afterwards to see only the entries its own
 * requests caused. Thread-safe.
 *
 * @param <E> the kind of entry
 */
public abstract class MarkedLog<E> {

    private final int capacity;
    private final Deque<Entry<E>> entries = new ArrayDeque<>();
    private long sequence;

    /** A log keeping the latest {@code capacity} entries; {@code what} names the log in the error message. */
    protected MarkedLog(int capacity, String what) {
        if (capacity < 1) {
            throw new IllegalArgumentException(what + " capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records an entry, dropping the oldest one when the log is full. */
    public synchronized void add(E entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(new Entry<>(++sequence, entry));
    }

    /** The sequence number of the latest entry so far: pass it to {@link #since(long)} later. */
    public synchronized long mark() {
        return sequence;
    }

    /** The entries recorded after {@code mark} that the log still holds, oldest first. */
    public synchronized List<E> since(long mark) {
        List<E> later = new ArrayList<>();
        for (Entry<E> entry : entries) {
            if (entry.sequence() > mark) {
                later.add(entry.value());
            }
        }
        return later;
    }

    /**
     * The entries recorded after {@code mark} that the log still holds, oldest first, and the mark to pass next time,
     * read under one lock: an entry recorded meanwhile is in this page or in the next one, never in both.
     */
    public synchronized Page<E> page(long mark) {
        return new Page<>(since(mark), sequence);
    }

    /**
     * Entries of a log and the mark that follows the last of them.
     *
     * @param entries the entries, oldest first
     * @param mark    what to pass to {@link #page(long)} next time
     * @param <E>     the kind of entry
     */
    public record Page<E>(List<E> entries, long mark) {}

    /** Every entry the log holds, oldest first. */
    public List<E> all() {
        return since(0);
    }

    /** Forgets every entry; marks taken before stay valid. */
    public synchronized void clear() {
        entries.clear();
    }

    private record Entry<E>(long sequence, E value) {}
}
