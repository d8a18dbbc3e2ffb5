package io.github.nexmock.api;

import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import java.security.KeyPair;

/** Two RSA key pairs taken once per test JVM, so tests create applications without waiting for key generation. */
final class TestKeyPairs {

    static final KeyPair FIRST = KeyPairPool.shared().take();
    static final KeyPair SECOND = KeyPairPool.shared().take();

    private TestKeyPairs() {}

    /** An application of the server signed by {@link #FIRST}. */
    static CreatedApplication application(NexmoMockServer server, String name) {
        return application(server, name, FIRST);
    }

    static CreatedApplication application(NexmoMockServer server, String name, KeyPair pair) {
        return new CreatedApplication(server.createApplication(name, pair.getPublic()), pair.getPrivate());
    }

    static String publicPem(KeyPair pair) {
        return RsaKeys.toPublicPem(pair.getPublic());
    }

    /** A JSON string literal of a PEM, for request bodies. */
    static String jsonPem(KeyPair pair) {
        return "\"" + publicPem(pair).replace("\n", "\\n") + "\"";
    }
}
