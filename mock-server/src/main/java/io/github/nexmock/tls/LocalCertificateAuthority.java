package io.github.nexmock.tls;

import io.github.nexmock.keys.PrivateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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
 * nexmock's own certificate authority and the server certificate it issues for {@code localhost}, {@code 127.0.0.1}
 * and {@code ::1}, made once in a directory and kept there, so a client told once to trust the CA keeps trusting
 * every later start. The server certificate is issued again when it is missing, no longer the CA's, or within 30 days
 * of its end; the CA is made again only when it is missing or within 30 days of its end.
 *
 * <p>Files, in the directory (made owner-only, 0700, when nexmock creates it): {@value #CA_PEM} (the CA
 * certificate, PEM, for clients), {@value #TRUST_STORE} (the same as a PKCS#12 trust store), and, owner-only (0600),
 * {@value #CA_STORE} (the CA's private key) and {@value #SERVER_STORE} (the server's key and certificate chain, what
 * the HTTPS port serves). The stores holding keys have the password {@value #KEY_STORE_PASSWORD}: their owner-only
 * mode is what keeps the keys private, as for an unencrypted PEM key file; PKCS#12 as the JDK writes it wants a
 * password. Keys are EC P-256, made in milliseconds. The CA may sign only certificates for these three names (a
 * critical name constraints extension), so its key, should it leak, cannot vouch for any other site.
 *
 * <p>Several servers, in this JVM or in other processes, may share a directory: a lock file ({@code .lock}) keeps
 * them from making two CAs at once.
 */
public final class LocalCertificateAuthority {

    static final String CA_PEM = "ca.pem";
    static final String CA_STORE = "ca.p12";
    static final String SERVER_STORE = "localhost.p12";
    static final String TRUST_STORE = "truststore.p12";
    static final String KEY_STORE_PASSWORD = "nexmock";
    static final Duration CA_LIFETIME = Duration.ofDays(3650);
    /** Under Apple's 825-day limit for TLS server certificates, which it applies to private CAs as well. */
    static final Duration SERVER_LIFETIME = Duration.ofDays(825);

    static final Duration RENEWAL = Duration.ofDays(30);
    private static final String ALIAS = "nexmock";
    private static final Object IN_THIS_JVM = new Object();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    private LocalCertificateAuthority(Path directory) {
        this.directory = directory;
    }

    /**
     * The CA and server certificate kept in {@code directory}, made (with the directory) when missing and renewed
     * when about to end.
     *
     * @throws UncheckedIOException when the directory cannot be read or written
     */
    public static LocalCertificateAuthority in(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            PrivateFiles.createDirectory(absolute);
            synchronized (IN_THIS_JVM) {
                try (FileChannel lockFile = FileChannel.open(
                                absolute.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = lockFile.lock()) {
                    LocalCertificateAuthority authority = new LocalCertificateAuthority(absolute);
                    authority.makeOrRenew();
                    return authority;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep the HTTPS certificates in " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * A CA and server certificate for this JVM, in a temporary owner-only directory deleted when the JVM exits: for
     * in-process mocks (tests), whose clients are given {@link HttpsTrust#sslContext()} and need no CA that outlives
     * the run.
     */
    public static LocalCertificateAuthority forThisJvm() {
        return ThisJvm.AUTHORITY;
    }

    /** The directory holding the files. */
    public Path directory() {
        return directory;
    }

    /** The keystore the HTTPS port serves: the server's key and its certificate chain up to the CA. */
    public ServerKeyStore serverKeyStore() {
        return new ServerKeyStore(directory.resolve(SERVER_STORE), KEY_STORE_PASSWORD);
    }

    /** What clients need to trust the server certificate: the CA certificate as PEM and as a trust store. */
    public HttpsTrust trust() {
        return new HttpsTrust(directory.resolve(CA_PEM), directory.resolve(TRUST_STORE));
    }

    private void makeOrRenew() throws IOException {
        KeyStore ca = lasting(read(CA_STORE), null);
        boolean newCa = ca == null;
        if (newCa) {
            ca = newCertificateAuthority();
            PrivateFiles.write(directory.resolve(CA_STORE), bytes(ca, KEY_STORE_PASSWORD));
        }
        X509Certificate caCertificate = certificate(ca);
        String caPem = pem(caCertificate);
        Path caPemFile = directory.resolve(CA_PEM);
        if (newCa || !Files.exists(caPemFile) || !Files.readString(caPemFile).equals(caPem)) {
            writePublic(caPemFile, caPem.getBytes(StandardCharsets.US_ASCII));
            writePublic(directory.resolve(TRUST_STORE), trustStore(caCertificate));
        } else if (!Files.exists(directory.resolve(TRUST_STORE))) {
            writePublic(directory.resolve(TRUST_STORE), trustStore(caCertificate));
        }
        if (newCa || lasting(read(SERVER_STORE), caCertificate) == null) {
            KeyStore server = issueServerCertificate(ca);
            PrivateFiles.write(directory.resolve(SERVER_STORE), bytes(server, KEY_STORE_PASSWORD));
        }
    }

    /** The store's entry when it is readable, not within {@link #RENEWAL} of its end, and (if given) {@code issuer}'s. */
    private static KeyStore lasting(KeyStore store, X509Certificate issuer) {
        if (store == null) {
            return null;
        }
        try {
            X509Certificate certificate = certificate(store);
            certificate.checkValidity(Date.from(Instant.now().plus(RENEWAL)));
            if (issuer != null) {
                certificate.verify(issuer.getPublicKey());
            }
            return store;
        } catch (GeneralSecurityException | RuntimeException unusable) {
            return null;
        }
    }

    private KeyStore read(String name) {
        Path file = directory.resolve(name);
        if (!Files.exists(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEY_STORE_PASSWORD.toCharArray());
            return store.isKeyEntry(ALIAS) ? store : null;
        } catch (IOException | GeneralSecurityException unreadable) {
            return null; // made again
        }
    }

    private static KeyStore newCertificateAuthority() {
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

    private static KeyStore issueServerCertificate(KeyStore ca) {
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

    private static X509Certificate certificate(KeyStore store) {
        try {
            return (X509Certificate) store.getCertificate(ALIAS);
        } catch (KeyStoreException notLoaded) {
            throw new IllegalStateException(notLoaded);
        }
    }

    private static byte[] trustStore(X509Certificate caCertificate) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("nexmock-ca", caCertificate);
            return bytes(store, HttpsTrust.TRUST_STORE_PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the trust store: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(KeyStore store, String password) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encode a PKCS#12 store: " + e.getMessage(), e);
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }

    /** Public files (certificates) are replaced atomically too, so a reader never sees half of one. */
    private static void writePublic(Path file, byte[] content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".nexmock-", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The JVM's own CA, made on first use in a temporary directory that goes when the JVM exits. */
    private static final class ThisJvm {

        static final LocalCertificateAuthority AUTHORITY = make();

        private static LocalCertificateAuthority make() {
            try {
                Path directory = Files.createTempDirectory("nexmock-tls-");
                LocalCertificateAuthority authority = in(directory);
                directory.toFile().deleteOnExit();
                try (var files = Files.list(directory)) {
                    files.forEach(file -> file.toFile().deleteOnExit());
                }
                return authority;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary directory for HTTPS certificates", e);
            }
        }
    }
}
