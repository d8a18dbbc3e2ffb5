package io.github.nexmock.jwt;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose RS256 signature has already been checked, each with the key object that checked it. A server sees the
 * same token on many requests, and an RSA verification costs far more than the rest of a request; a hit needs the very
 * same token text and the very same key instance, so a rotated or removed key never matches. Bounded: emptied when
 * full. Thread-safe.
 */
final class VerifiedSignatures {

    private final int capacity;
    private final Map<String, PublicKey> verified = new ConcurrentHashMap<>();

    /** A cache of at most {@code capacity} tokens; 0 turns it off. */
    VerifiedSignatures(int capacity) {
        this.capacity = capacity;
    }

    /** Whether {@code token} was verified with exactly this key instance. */
    boolean contains(String token, PublicKey key) {
        return capacity > 0 && verified.get(token) == key;
    }

    /** Remembers that {@code key} verified the signature of {@code token}. */
    void add(String token, PublicKey key) {
        if (capacity == 0) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, key);
    }
}
