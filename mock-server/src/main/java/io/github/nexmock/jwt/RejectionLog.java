package io.github.nexmock.jwt;

/**
 * The most recent refusals of the mock's authentication filter, oldest first, bounded so a long-running server keeps
 * only the latest. A test takes a {@link #mark()} before acting and reads {@link #since(long)} afterwards to see only
 * the refusals its own requests caused. Thread-safe.
 */
public final class RejectionLog extends MarkedLog<Rejection> {

    /** How many refusals a log keeps unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;

    /** A log keeping the latest {@link #DEFAULT_CAPACITY} refusals. */
    public RejectionLog() {
        this(DEFAULT_CAPACITY);
    }

    /** A log keeping the latest {@code capacity} refusals. */
    public RejectionLog(int capacity) {
        super(capacity, "rejection log");
    }
}
