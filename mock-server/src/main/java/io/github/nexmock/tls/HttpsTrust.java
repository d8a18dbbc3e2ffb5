package io.github.nexmock.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a client needs to trust the mock's HTTPS port: the certificate of nexmock's local certificate authority, as
 * PEM (for Node's {@code NODE_EXTRA_CA_CERTS}, Python's {@code REQUESTS_CA_BUNDLE}, curl's {@code --cacert}) and as a
 * PKCS#12 trust store (for Java's {@code javax.net.ssl.trustStore}), and an {@link SSLContext} that trusts it alone.
 *
 * @param caCertificate the CA certificate, PEM
 * @param trustStore    a PKCS#12 trust store holding only the CA certificate, password {@value #TRUST_STORE_PASSWORD}
 */
public record HttpsTrust(Path caCertificate, Path trustStore) {

    /**
     * The trust store's password. Not a secret: the store holds a certificate and no key, and PKCS#12 as the JDK
     * writes it wants a password.
     */
    public static final String TRUST_STORE_PASSWORD = "nexmock";

    public HttpsTrust {
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(trustStore, "trustStore");
    }

    /** The CA certificate, read from {@link #caCertificate()}. */
    public X509Certificate certificate() {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read CA certificate " + caCertificate + ": " + e.getMessage(), e);
        }
    }

    /**
     * A TLS context that trusts the mock's certificate authority and nothing else (not the JDK's own CAs), for a
     * client that talks to the mock only: {@code HttpClient.newBuilder().sslContext(trust.sslContext())}.
     */
    public SSLContext sslContext() {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("nexmock-ca", certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make a TLS context trusting " + caCertificate, e);
        }
    }
}
