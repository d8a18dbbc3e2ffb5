package io.github.nexmock.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Objects;

/**
 * The keystore the mock's HTTPS port serves its certificate and private key from: PKCS#12 or JKS, the key protected
 * by the store's password. Either one nexmock made ({@link LocalCertificateAuthority#serverKeyStore()}) or one a
 * user supplies, for a certificate of their own.
 *
 * @param path     the keystore file
 * @param password the password of the store and of its key; never shown by {@link #toString()}
 */
public record ServerKeyStore(Path path, String password) {

    public ServerKeyStore {
        path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads the store and checks it holds a private key with its certificate, so a wrong file or password stops the
     * server before it listens, with a sentence that names the file (never the password).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public KeyStore load() {
        KeyStore store;
        try (InputStream in = Files.newInputStream(path)) {
            // the PKCS12 implementation detects and reads JKS files as well (keystore.type.compat)
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("HTTPS keystore " + path + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read HTTPS keystore " + path + ": "
                            + (e.getCause() instanceof UnrecoverableKeyException
                                    ? "wrong password"
                                    : "not a PKCS#12 or JKS keystore, or wrong password"),
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read HTTPS keystore " + path + ": " + e.getMessage(), e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificateChain(alias) != null) {
                    store.getKey(alias, password.toCharArray());
                    return store;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read the private key in HTTPS keystore " + path + " with the keystore's password", e);
        }
        throw new IllegalArgumentException(
                "HTTPS keystore " + path + " holds no private key with a certificate to serve");
    }

    /** The path; never the password. */
    @Override
    public String toString() {
        return "ServerKeyStore[" + path + "]";
    }
}
