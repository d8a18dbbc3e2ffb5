package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.jwt.RsaKeys;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An application the extension created on a platform, with the users it created in it; kept in the store of the
 * class or test that owns it and deleted, users and all, when that class or test ends, whatever its outcome.
 */
final class ApplicationSession implements StoreResource {

    private final Platform platform;
    private final KeyPairs keyPairs;
    private final NexmoApplication application;
    private final ConcurrentMap<String, NexmoUserRef> users = new ConcurrentHashMap<>();
    private final TokenMinter tokens;

    private ApplicationSession(Platform platform, KeyPairs keyPairs, NexmoApplication application) {
        this.platform = platform;
        this.keyPairs = keyPairs;
        this.application = application;
        this.tokens = new TokenMinter(application);
    }

    /** Creates the application on {@code platform} with a key pair from {@code keyPairs}. */
    static ApplicationSession create(
            Platform platform, KeyPairs keyPairs, String name, JsonNode capabilities, Clock clock) {
        KeyPair keyPair = keyPairs.take();
        String publicKeyPem = RsaKeys.toPublicPem(keyPair.getPublic());
        String id;
        try {
            id = platform.createApplication(name, capabilities.isEmpty() ? null : capabilities, publicKeyPem);
        } catch (RuntimeException failure) {
            keyPairs.release(keyPair);
            throw failure;
        }
        return new ApplicationSession(
                platform,
                keyPairs,
                new NexmoApplication(
                        id,
                        name,
                        capabilities,
                        keyPair,
                        publicKeyPem,
                        RsaKeys.toPkcs8Pem(keyPair.getPrivate()),
                        clock));
    }

    NexmoApplication application() {
        return application;
    }

    /** The minter of this application's {@link NexmoJwt @NexmoJwt} tokens. */
    TokenMinter tokens() {
        return tokens;
    }

    /** The user of this name, created on first request. */
    NexmoUserRef user(String name) {
        return users.computeIfAbsent(
                name,
                userName -> new NexmoUserRef(platform.createUser(application, userName), userName, application.id()));
    }

    @Override
    public void close() {
        platform.delete(application, List.copyOf(users.values()));
        keyPairs.release(new KeyPair(application.publicKey(), application.privateKey()));
    }
}
