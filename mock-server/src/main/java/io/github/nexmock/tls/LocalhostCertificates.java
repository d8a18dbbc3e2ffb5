package io.github.nexmock.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * How nexmock's certificates are made, with BouncyCastle: a CA that may sign only end-entity certificates for {@code
 * localhost}, {@code 127.0.0.1} and {@code ::1} (a critical name constraints extension), and a server certificate for
 * those three names issued by it; EC P-256 keys, each certificate with its key in a PKCS#12 store. {@link
 * LocalCertificateAuthority} decides when to make them and keeps them.
 */
final class LocalhostCertificates {

    /** The alias of the key entry in each store. */
    static final String ALIAS = "nexmock";
    /** The password of the stores holding keys; the files' owner-only mode is what keeps the keys private. */
    static final String KEY_STORE_PASSWORD = "nexmock";

    static final Duration CA_LIFETIME = Duration.ofDays(3650);
    /** Under Apple's 825-day limit for TLS server certificates, which it applies to private CAs as well. */
    static final Duration SERVER_LIFETIME = Duration.ofDays(825);

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalhostCertificates() {}

    /** A new CA: its key and self-signed certificate, ten years from an hour ago. */
    static KeyStore newCertificateAuthority() {
        KeyPair keys = ecKeyPair();
        Instant now = Instant.now();
        byte[] serial = new byte[4];
        RANDOM.nextBytes(serial);
        X500Name name = new X500Name("CN=nexmock local CA " + HexFormat.of().formatHex(serial) + ",O=nexmock");
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            GeneralSubtree[] localhostOnly = {
                new GeneralSubtree(new GeneralName(GeneralName.dNSName, "localhost")),
                new GeneralSubtree(new GeneralName(GeneralName.iPAddress, "127.0.0.1/32")),
                new GeneralSubtree(new GeneralName(GeneralName.iPAddress, "::1/128"))
            };
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name,
                            serialNumber(),
                            Date.from(now.minus(Duration.ofHours(1))),
                            Date.from(now.plus(CA_LIFETIME)),
                            name,
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.nameConstraints, true, new NameConstraints(localhostOnly, null));
            return keyStore(keys.getPrivate(), sign(builder, keys.getPrivate()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a CA certificate: " + e.getMessage(), e);
        }
    }

    /** A new server key and certificate for the three names, issued by {@code ca}, with the chain up to it. */
    static KeyStore issueServerCertificate(KeyStore ca) {
        KeyPair keys = ecKeyPair();
        Instant now = Instant.now();
        try {
            X509Certificate caCertificate = certificate(ca);
            PrivateKey caKey = (PrivateKey) ca.getKey(ALIAS, KEY_STORE_PASSWORD.toCharArray());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            GeneralNames names = new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")
            });
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            caCertificate,
                            serialNumber(),
                            Date.from(now.minus(Duration.ofHours(1))),
                            Date.from(now.plus(SERVER_LIFETIME)),
                            new X500Name("CN=localhost,O=nexmock"),
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(
                            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, names)
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(caCertificate))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return keyStore(keys.getPrivate(), sign(builder, caKey), caCertificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the HTTPS server certificate: " + e.getMessage(), e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with " + issuerKey.getAlgorithm(), e);
        }
    }

    private static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make EC P-256 keys: " + e.getMessage(), e);
        }
    }

    private static BigInteger serialNumber() {
        return new BigInteger(127, RANDOM).setBit(126);
    }

    private static KeyStore keyStore(PrivateKey key, Certificate... chain) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        store.setKeyEntry(ALIAS, key, KEY_STORE_PASSWORD.toCharArray(), chain);
        return store;
    }

    /** The certificate of the store's key entry. */
    static X509Certificate certificate(KeyStore store) {
        try {
            return (X509Certificate) store.getCertificate(ALIAS);
        } catch (KeyStoreException notLoaded) {
            throw new IllegalStateException(notLoaded);
        }
    }

    /** The certificate as PEM text. */
    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }
}
