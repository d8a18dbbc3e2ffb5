package io.github.nexmock.junit5;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Key pairs for the applications of one test run on one target, so no test waits for RSA key generation: those of
 * applications already deleted are used again; on the mock, new ones come first from the few pairs shipped in this
 * jar ({@value #PREMADE}), then from the {@link KeyPairPool#shared() shared pool}, which starts generating as the last
 * shipped pair is handed out (a run that needs no more pays no RSA key generation). The shipped pairs are public,
 * so they never serve the real platform, whose applications get pool pairs only.
 */
final class KeyPairs {

    static final String PREMADE = "mock-key-pairs.pem";
    private static final String END = "-----END PRIVATE KEY-----";

    private final Queue<KeyPair> released = new ConcurrentLinkedQueue<>();
    private final Queue<String> premade;
    private final AtomicReference<CompletableFuture<KeyPair>> prepared = new AtomicReference<>();

    private KeyPairs(List<String> premadePems) {
        this.premade = new ConcurrentLinkedQueue<>(premadePems);
    }

    /** The key pairs of the test run {@code context} belongs to, on {@code target} (MOCK or REAL). */
    static KeyPairs of(ExtensionContext context, NexmoTarget target) {
        return Stores.root(context).getOrComputeIfAbsent(new Key(target), key -> create(key.target()), KeyPairs.class);
    }

    /**
     * New key pairs for {@code target}: the shipped ones on MOCK, the first of them prepared on a background thread
     * (see {@link #prepareFirst()}) while the mock starts; on REAL, the shared pool starts filling now.
     */
    static KeyPairs create(NexmoTarget target) {
        if (target == NexmoTarget.MOCK) {
            KeyPairs pairs = new KeyPairs(premadePems());
            pairs.prepareFirst();
            return pairs;
        }
        KeyPairPool.shared().fill();
        return new KeyPairs(List.of());
    }

    /** The private keys shipped for the mock, one PKCS#8 PEM block each. */
    static List<String> premadePems() {
        try (InputStream in = KeyPairs.class.getResourceAsStream(PREMADE)) {
            if (in == null) {
                throw new IllegalStateException(PREMADE + " is missing from the nexmock-junit5 jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Arrays.stream(text.split(END))
                    .filter(block -> block.contains("-----BEGIN"))
                    .map(block -> block + END + "\n")
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PREMADE, e);
        }
    }

    /** A key pair no live application of this run and target holds. */
    KeyPair take() {
        KeyPair pair = released.poll();
        if (pair != null) {
            return pair;
        }
        CompletableFuture<KeyPair> first = prepared.getAndSet(null);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        String pem = premade.poll();
        if (premade.isEmpty()) {
            KeyPairPool.shared().fill();
        }
        return pem != null ? RsaKeys.readKeyPair(pem) : KeyPairPool.shared().take();
    }

    /**
     * Reads the first shipped pair on a background thread and signs one throwaway client SDK token with it, which is
     * never sent anywhere: the RS256 code has then been loaded and run once when the first test's own token is signed.
     * A cold JVM spends a good part of a second on that; done here, it overlaps the mock's start on another core.
     */
    private void prepareFirst() {
        String pem = premade.poll();
        if (pem == null) {
            return;
        }
        CompletableFuture<KeyPair> first = new CompletableFuture<>();
        prepared.set(first);
        Thread preparation = new Thread(
                () -> {
                    try {
                        KeyPair pair = RsaKeys.readKeyPair(pem);
                        NexmoJwts.builder()
                                .applicationId("nexmock-preparation")
                                .privateKey(pair.getPrivate())
                                .subject("preparation")
                                .acl(Acl.clientSdk())
                                .sign();
                        first.complete(pair);
                    } catch (RuntimeException failed) {
                        first.completeExceptionally(failed); // rethrown by take(), on the test's thread
                    }
                },
                "nexmock-key-preparation");
        preparation.setDaemon(true);
        preparation.start();
    }

    /** Returns the pair of an application that was deleted. */
    void release(KeyPair pair) {
        released.add(pair);
    }

    private record Key(NexmoTarget target) {}
}
