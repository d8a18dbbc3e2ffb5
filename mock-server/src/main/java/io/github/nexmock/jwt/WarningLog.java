package io.github.nexmock.jwt;

/**
 * The most recent warnings about accepted tokens, oldest first, bounded like the {@link RejectionLog} and read the
 * same way: {@link #mark()} before acting, {@link #since(long)} afterwards. Thread-safe.
 */
public final class WarningLog extends MarkedLog<Warning> {

    /** How many warnings a log keeps unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;

    /** A log keeping the latest {@link #DEFAULT_CAPACITY} warnings. */
    public WarningLog() {
        this(DEFAULT_CAPACITY);
    }

    /** A log keeping the latest {@code capacity} warnings. */
    public WarningLog(int capacity) {
        super(capacity, "warning log");
    }
}
