package io.github.nexmock.junit5;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** The tokens of one spec signed ahead of the tests that will ask for them, and how often the spec was asked for. */
final class TokensSignedAhead {

    /** How old a token signed ahead may be: its {@code iat} is at most this much before the test asked for it. */
    static final Duration FRESH = Duration.ofSeconds(1);
    /** How many tokens are kept signed ahead. */
    static final int READY = 2;

    private final AtomicInteger asked = new AtomicInteger();
    private final Queue<Signed> ready = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean refilling = new AtomicBoolean();

    /** Counts one more ask; true from the second on, when signing ahead starts to pay. */
    boolean askedAgain() {
        return asked.incrementAndGet() >= 2;
    }

    /**
     * The oldest token signed ahead less than {@link #FRESH} before {@code now}, dropping older ones; {@code null}
     * when there is none.
     */
    NexmoToken takeFresh(Instant now) {
        for (Signed signed = ready.poll(); signed != null; signed = ready.poll()) {
            Duration age = Duration.between(signed.at(), now);
            if (!age.isNegative() && age.compareTo(FRESH) < 0) {
                return signed.token();
            }
        }
        return null;
    }

    /**
     * Signs tokens as of {@code clock}'s instant on {@code background} until {@link #READY} are waiting, unless that is
     * under way.
     */
    void refill(Executor background, Clock clock, Function<Instant, NexmoToken> signing) {
        if (!refilling.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                while (ready.size() < READY) {
                    Instant now = clock.instant();
                    ready.add(new Signed(now, signing.apply(now)));
                }
            } catch (RuntimeException failed) {
                // nothing signed ahead; the test signs on the spot, where the failure reaches it
            } finally {
                refilling.set(false);
            }
        });
    }

    private record Signed(Instant at, NexmoToken token) {}
}
