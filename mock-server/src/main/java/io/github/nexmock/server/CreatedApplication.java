package io.github.nexmock.server;

import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.Application;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * An application the mock created with a key pair of its own, and the private key that signs its JWTs (the mock keeps
 * only the public key). {@link #toString()} never shows the private key.
 *
 * @param application the application as the state holds it
 * @param privateKey  the private half of its key pair
 */
public record CreatedApplication(Application application, PrivateKey privateKey) {

    /** Checks both are present. */
    public CreatedApplication {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** The application id. */
    public String id() {
        return application.id();
    }

    /** The private key in PKCS#8 PEM, the form the Nexmo dashboard and the Vonage SDKs use. */
    public String privateKeyPem() {
        return RsaKeys.toPkcs8Pem(privateKey);
    }

    /** Shows the application id and name only. */
    @Override
    public String toString() {
        return "CreatedApplication[id=" + application.id() + ", name=" + application.name() + ", privateKey=****]";
    }
}
