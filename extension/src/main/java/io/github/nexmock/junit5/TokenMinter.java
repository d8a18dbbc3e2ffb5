package io.github.nexmock.junit5;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Mints the {@link NexmoJwt @NexmoJwt} tokens of one application. An RS256 signature takes about a millisecond, most
 * of what the extension adds to a test, so from the second token of a spec on the system clock, a background thread
 * keeps a few more tokens of that spec signed ({@link TokensSignedAhead}). A test takes one signed less than
 * {@link TokensSignedAhead#FRESH} ago; when there is none (and on any other clock, so that tests of time stay exact)
 * its token is signed on the spot.
 */
final class TokenMinter {

    private final NexmoApplication application;
    private final ConcurrentMap<TokenSpec, TokensSignedAhead> signedAhead = new ConcurrentHashMap<>();

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
        TokensSignedAhead ahead = signedAhead.computeIfAbsent(spec, unused -> new TokensSignedAhead());
        NexmoToken token = ahead.takeFresh(clock.instant());
        if (ahead.askedAgain()) {
            ahead.refill(Background.of(scope.context()), clock, now -> spec.mint(application, now, key));
        }
        return token != null ? token : spec.mint(application, clock.instant(), key);
    }

    /** The run's one background signing thread, stopped when the run ends. */
    private static final class Background implements StoreResource {

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
