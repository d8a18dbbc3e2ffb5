package io.github.nexmock.jwt;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Finds the public key registered for a Nexmo application, so {@link JwtVerifier} can check a token's signature.
 * The key is chosen by the token's {@code application_id} claim only, never by header fields like {@code kid} or {@code jku}.
 */
@FunctionalInterface
public interface KeyResolver {

    /** The application's public key, or empty when no such application exists. */
    Optional<PublicKey> publicKey(String applicationId);
}
