package io.github.nexmock.samples.tokens;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A Nexmo application's id and the RSA private key that signs its JWTs.
 * Read it when the service starts, so a mangled key fails the deployment instead of the first login.
 *
 * @param applicationId the application id, a UUID
 * @param privateKey    the application's RSA private key
 */
public record ApplicationKey(String applicationId, PrivateKey privateKey) {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    /** Checks that the id is a UUID and the key an RSA key. */
    public ApplicationKey {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(privateKey, "privateKey");
        try {
            UUID.fromString(applicationId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("application id must be a UUID, was '" + applicationId + "'", e);
        }
        if (!"RSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException(
                    "Nexmo JWTs are RS256: the key must be RSA, was " + privateKey.getAlgorithm());
        }
    }

    /**
     * Reads the PKCS#8 PEM ({@code BEGIN PRIVATE KEY}) that the Application API, the dashboard and the CLI hand out.
     *
     * @throws IllegalArgumentException naming what is wrong with the PEM
     */
    public static ApplicationKey fromPem(String applicationId, String privateKeyPem) {
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        int begin = privateKeyPem.indexOf(BEGIN);
        int end = privateKeyPem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    privateKeyPem.contains("BEGIN RSA PRIVATE KEY")
                            ? "private key is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it with: openssl pkcs8 -topk8 -nocrypt"
                            : "no '" + BEGIN + "' block in the private key");
        }
        String body = privateKeyPem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            return new ApplicationKey(
                    applicationId, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "private key PEM does not hold a readable RSA key: " + e.getMessage(), e);
        }
    }

    /** The application id; never the key. */
    @Override
    public String toString() {
        return "ApplicationKey[" + applicationId + "]";
    }
}
