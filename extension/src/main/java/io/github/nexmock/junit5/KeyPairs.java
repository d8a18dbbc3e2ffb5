package io.github.nexmock.junit5;

import io.github.nexmock.keys.KeyPairPool;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.security.KeyPair;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Key pairs for the applications of one test run: those of applications already deleted are used again, and new ones
 * come from the warm {@link KeyPairPool#shared() shared pool}, so fresh-per-test applications do not wait for RSA
 * key generation once the pool is empty.
 */
final class KeyPairs {

    private final Queue<KeyPair> released = new ConcurrentLinkedQueue<>();

    /** The key pairs of the test run {@code context} belongs to. */
    static KeyPairs of(ExtensionContext context) {
        return Stores.root(context).getOrComputeIfAbsent(KeyPairs.class, type -> new KeyPairs(), KeyPairs.class);
    }

    /** A key pair no live application of this run holds. */
    KeyPair take() {
        KeyPair pair = released.poll();
        return pair != null ? pair : KeyPairPool.shared().take();
    }

    /** Returns the pair of an application that was deleted. */
    void release(KeyPair pair) {
        released.add(pair);
    }
}
