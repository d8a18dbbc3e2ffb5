package io.github.nexmock.jwt;

import java.security.KeyPair;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Spare RSA key pairs made ahead of time by a background daemon thread.
 * Generating a pair costs 0.1 to 2 s; taking one from a warm pool costs nothing, so creating an application
 * never waits for key generation in the common case.
 */
public final class KeyPairPool implements AutoCloseable {

    /** Spare pairs the {@linkplain #shared() shared} pool keeps ready. */
    public static final int DEFAULT_SPARES = 4;

    private final Supplier<KeyPair> generation;
    private final ConcurrentLinkedQueue<KeyPair> spares = new ConcurrentLinkedQueue<>();
    private final Semaphore wanted;
    private final Thread generator;
    private final AtomicBoolean started = new AtomicBoolean();
    private final boolean closeable;
    private volatile boolean closed;

    /** Starts a pool whose daemon thread keeps {@code spares} pairs ready (0 means every take generates). */
    public KeyPairPool(int spares) {
        this(spares, true, RsaKeys::generate);
        fill();
    }

    /** A pool, not yet filling, whose pairs come from {@code generation}. */
    KeyPairPool(int spares, boolean closeable, Supplier<KeyPair> generation) {
        if (spares < 0) {
            throw new IllegalArgumentException("spares must be 0 or more, was " + spares);
        }
        this.wanted = new Semaphore(spares);
        this.closeable = closeable;
        this.generation = generation;
        this.generator = new Thread(this::generate, "nexmock-key-pair-pool");
        this.generator.setDaemon(true);
    }

    /**
     * A pool that generates nothing until {@link #fill()} or the first {@link #take()}, for a process that must start
     * fast: key generation is CPU-heavy and would compete with start-up on a small machine.
     */
    public static KeyPairPool idle(int spares) {
        return new KeyPairPool(spares, true, RsaKeys::generate);
    }

    /**
     * The JVM-wide pool of {@value #DEFAULT_SPARES} spares, generating from its first {@link #take()} or
     * {@link #fill()} on (not before: a process that never needs a pair, such as a test run on shipped keys, should not
     * spend a core on RSA at start-up); closing it does nothing.
     */
    public static KeyPairPool shared() {
        return Shared.POOL;
    }

    /** Starts generating spares in the background, unless that has started already; returns this pool. */
    public KeyPairPool fill() {
        if (started.compareAndSet(false, true)) {
            generator.start();
        }
        return this;
    }

    /** Returns a spare pair at once, or generates one in the calling thread when none is ready. */
    public KeyPair take() {
        fill();
        KeyPair spare = spares.poll();
        if (spare == null) {
            return generation.get();
        }
        wanted.release();
        return spare;
    }

    /** Number of spare pairs ready now. */
    public int available() {
        return spares.size();
    }

    /** Stops background generation; {@link #take()} still works afterwards, generating in the caller. */
    @Override
    public void close() {
        if (closeable) {
            closed = true;
            generator.interrupt();
        }
    }

    private void generate() {
        try {
            while (!closed) {
                wanted.acquire();
                if (!closed) {
                    spares.add(generation.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Shared {
        static final KeyPairPool POOL = new KeyPairPool(DEFAULT_SPARES, false, RsaKeys::generate);
    }
}
