package io.github.nexmock.junit5;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Mints the {@link NexmoJwt @NexmoJwt} tokens of one application. An RS256 signature takes about a millisecond, most
 * of what the extension adds to a test, so from the second token of a spec on the system clock, a background thread
 * keeps up to {@link #READY} more tokens of that spec signed. A test takes one signed less than {@link #FRESH} ago;
 * when there is none (and on any other clock, so that tests of time stay exact) its token is signed on the spot.
 */
final class TokenMinter {

    /** How old a token signed ahead may be: its {@code iat} is at most this much before the test asked for it. */
    static final Duration FRESH = Duration.ofSeconds(1);
    /** How many tokens of a spec are kept signed ahead. */
    private static final int READY = 2;

    private final NexmoApplication application;
    private final ConcurrentMap<TokenSpec, Slot> slots = new ConcurrentHashMap<>();

    TokenMinter(NexmoApplication application) {
        this.application = application;
    }

    /** A token of {@code spec}, as of now on the scope's clock. */
    NexmoToken mint(TokenSpec spec, TestScope scope) {
        Clock clock = scope.settings().clock();
        PrivateKey key = spec.signingKey(application, scope.context());
        if (!Settings.DEFAULTS.clock().equals(clock)) {
            return spec.mint(application, clock.instant(), key);
        }
        Slot slot = slots.computeIfAbsent(spec, unused -> new Slot());
        NexmoToken token = slot.takeFresh(clock.instant());
        if (slot.uses.incrementAndGet() >= 2) {
            slot.refill(Background.of(scope.context()), () -> {
                Instant now = clock.instant();
                return new Signed(now, spec.mint(application, now, key));
            });
        }
        return token != null ? token : spec.mint(application, clock.instant(), key);
    }

    /** The tokens of one spec: how many were asked for, and those signed ahead. */
    private static final class Slot {

        final AtomicInteger uses = new AtomicInteger();
        final Queue<Signed> ready = new ConcurrentLinkedQueue<>();
        final AtomicBoolean refilling = new AtomicBoolean();

        /** The oldest token signed ahead that is still fresh, dropping stale ones; {@code null} when there is none. */
        NexmoToken takeFresh(Instant now) {
            for (Signed signed = ready.poll(); signed != null; signed = ready.poll()) {
                if (Duration.between(signed.at(), now).compareTo(FRESH) < 0) {
                    return signed.token();
                }
            }
            return null;
        }

        /** Signs tokens on {@code background} until {@link #READY} are waiting, unless that is under way. */
        void refill(Executor background, Supplier<Signed> signing) {
            if (!refilling.compareAndSet(false, true)) {
                return;
            }
            background.execute(() -> {
                try {
                    while (ready.size() < READY) {
                        ready.add(signing.get());
                    }
                } catch (RuntimeException failed) {
                    // nothing signed ahead; the test signs on the spot, where the failure reaches it
                } finally {
                    refilling.set(false);
                }
            });
        }
    }

    private record Signed(Instant at, NexmoToken token) {}

    /** The run's one background signing thread, stopped when the run ends. */
    private static final class Background implements AutoCloseable {

        private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "nexmock-token-signer");
            thread.setDaemon(true);
            return thread;
        });

        static Executor of(ExtensionContext context) {
            return Stores.root(context)
                    .getOrComputeIfAbsent(Background.class, type -> new Background(), Background.class)
                    .executor;
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
