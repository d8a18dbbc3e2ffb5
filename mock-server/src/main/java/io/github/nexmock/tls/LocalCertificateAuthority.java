package io.github.nexmock.tls;

import io.github.nexmock.jwt.PrivateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

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
    static final String KEY_STORE_PASSWORD = LocalhostCertificates.KEY_STORE_PASSWORD;
    static final Duration RENEWAL = Duration.ofDays(30);
    private static final Object IN_THIS_JVM = new Object();

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
            ca = LocalhostCertificates.newCertificateAuthority();
            PrivateFiles.write(directory.resolve(CA_STORE), bytes(ca, KEY_STORE_PASSWORD));
        }
        X509Certificate caCertificate = LocalhostCertificates.certificate(ca);
        String caPem = LocalhostCertificates.pem(caCertificate);
        Path caPemFile = directory.resolve(CA_PEM);
        if (newCa || !Files.exists(caPemFile) || !Files.readString(caPemFile).equals(caPem)) {
            writePublic(caPemFile, caPem.getBytes(StandardCharsets.US_ASCII));
            writePublic(directory.resolve(TRUST_STORE), trustStore(caCertificate));
        } else if (!Files.exists(directory.resolve(TRUST_STORE))) {
            writePublic(directory.resolve(TRUST_STORE), trustStore(caCertificate));
        }
        if (newCa || lasting(read(SERVER_STORE), caCertificate) == null) {
            KeyStore server = LocalhostCertificates.issueServerCertificate(ca);
            PrivateFiles.write(directory.resolve(SERVER_STORE), bytes(server, KEY_STORE_PASSWORD));
        }
    }

    /** The store's entry when it is readable, not within {@link #RENEWAL} of its end, and (if given) {@code issuer}'s. */
    private static KeyStore lasting(KeyStore store, X509Certificate issuer) {
        if (store == null) {
            return null;
        }
        try {
            X509Certificate certificate = LocalhostCertificates.certificate(store);
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
            return store.isKeyEntry(LocalhostCertificates.ALIAS) ? store : null;
        } catch (IOException | GeneralSecurityException unreadable) {
            return null; // made again
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
