package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.jwt.NexmoJwts;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;

/**
 * An application the extension created for the test on the active target, with the key pair that signs its JWTs.
 * Use {@link #tokenBuilder()} for tokens the annotations cannot describe.
 */
public final class NexmoApplication {

    private final String id;
    private final String name;
    private final JsonNode capabilities;
    private final KeyPair keyPair;
    private final String publicKeyPem;
    private final String privateKeyPem;
    private final Clock clock;

    NexmoApplication(
            String id,
            String name,
            JsonNode capabilities,
            KeyPair keyPair,
            String publicKeyPem,
            String privateKeyPem,
            Clock clock) {
        this.id = id;
        this.name = name;
        this.capabilities = capabilities.deepCopy();
        this.keyPair = keyPair;
        this.publicKeyPem = publicKeyPem;
        this.privateKeyPem = privateKeyPem;
        this.clock = clock;
    }

    /** The application id (a UUID), the {@code application_id} of its tokens. */
    public String id() {
        return id;
    }

    /** The application name. */
    public String name() {
        return name;
    }

    /** A copy of the {@code capabilities} object the application was created with. */
    public JsonNode capabilities() {
        return capabilities.deepCopy();
    }

    /** The RSA public key registered with the application. */
    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** The RSA private key that signs the application's tokens. */
    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /** The public key as SPKI PEM ({@code BEGIN PUBLIC KEY}), as the Application API holds it. */
    public String publicKeyPem() {
        return publicKeyPem;
    }

    /** The private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), the form the Vonage SDK reads. */
    public String privateKeyPem() {
        return privateKeyPem;
    }

    /** A token builder with this application's id, private key and the extension's clock already set. */
    public NexmoJwts.Builder tokenBuilder() {
        return NexmoJwts.builder()
                .applicationId(id)
                .privateKey(keyPair.getPrivate())
                .clock(clock);
    }

    /** The id and name; never the private key. */
    @Override
    public String toString() {
        return "NexmoApplication[" + id + " '" + name + "']";
    }
}
