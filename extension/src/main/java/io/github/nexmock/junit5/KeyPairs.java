package io.github.nexmock.junit5;

import io.github.nexmock.keys.KeyPairPool;
import io.github.nexmock.keys.RsaKeys;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

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

    private KeyPairs(List<String> premadePems) {
        this.premade = new ConcurrentLinkedQueue<>(premadePems);
    }

    /** The key pairs of the test run {@code context} belongs to, on {@code target} (MOCK or REAL). */
    static KeyPairs of(ExtensionContext context, NexmoTarget target) {
        return Stores.root(context).getOrComputeIfAbsent(new Key(target), key -> create(key.target()), KeyPairs.class);
    }

    /** New key pairs for {@code target}: the shipped ones on MOCK; on REAL, the shared pool starts filling now. */
    static KeyPairs create(NexmoTarget target) {
        if (target == NexmoTarget.MOCK) {
            return new KeyPairs(premadePems());
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
            return Arrays.stream(text.split(END)).filter(block -> block.contains("-----BEGIN"))
                    .map(block -> block + END + "\n").toList();
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
        String pem = premade.poll();
        if (premade.isEmpty()) {
            KeyPairPool.shared().fill();
        }
        return pem != null ? RsaKeys.readKeyPair(pem) : KeyPairPool.shared().take();
    }

    /** Returns the pair of an application that was deleted. */
    void release(KeyPair pair) {
        released.add(pair);
    }

    private record Key(NexmoTarget target) {
    }
}
