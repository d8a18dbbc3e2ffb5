package io.github.nexmock.state;

import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;

/** Two RSA public keys in SPKI PEM, taken once per test JVM. */
final class TestKeys {

    static final String FIRST = RsaKeys.toPublicPem(KeyPairPool.shared().take().getPublic());
    static final String SECOND = RsaKeys.toPublicPem(KeyPairPool.shared().take().getPublic());

    private TestKeys() {}
}
