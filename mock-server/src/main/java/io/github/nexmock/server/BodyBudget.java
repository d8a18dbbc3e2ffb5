package io.github.nexmock.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many request body bytes all connections together may hold in memory at once. Bodies are read without a thread,
 * so the thread pool no longer bounds how many are read at the same time: without this, a few hundred clients each
 * sending most of a maximum-size body and then stalling could fill the heap before their idle timeout ends them.
 * Thread-safe.
 */
final class BodyBudget {

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    /** A budget of a quarter of the heap the JVM may use, and at least one body of {@code maxBodyBytes}. */
    static BodyBudget forHeap(long maxBodyBytes) {
        return new BodyBudget(Math.max(maxBodyBytes, Runtime.getRuntime().maxMemory() / 4));
    }

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /**
     * Takes {@code bytes} more for a body already holding {@code holding}. When that would pass the limit it takes
     * nothing and gives back {@code holding} too, in the same atomic step, so of two bodies racing past the limit only
     * one is refused: the other sees the bytes of the refused one already given back.
     *
     * @return whether the bytes were taken; when false the body holds nothing any more
     */
    boolean takeOrRelease(long bytes, long holding) {
        while (true) {
            long now = held.get();
            boolean fits = now + bytes <= limit;
            if (held.compareAndSet(now, fits ? now + bytes : now - holding)) {
                return fits;
            }
        }
    }

    /** Gives back {@code bytes} taken before. */
    void give(long bytes) {
        held.addAndGet(-bytes);
    }

    /** The limit in bytes. */
    long limit() {
        return limit;
    }
}
