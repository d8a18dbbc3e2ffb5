package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RsaKeysTest {

    private static final KeyPair KEYS = RsaKeys.generate();

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    @Test
    void generatesRsa2048Pairs() {
        assertThat(((RSAPublicKey) KEYS.getPublic()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(KEYS.getPrivate()).isInstanceOf(RSAPrivateCrtKey.class);
    }

    @Test
    void roundTripsPkcs8() {
        String pem = RsaKeys.toPkcs8Pem(KEYS.getPrivate());

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").contains("-----END PRIVATE KEY-----");
        assertThat(RsaKeys.readPrivateKey(pem)).isEqualTo(KEYS.getPrivate());
    }

    @Test
    void roundTripsPkcs1() {
        String pem = RsaKeys.toPkcs1Pem(KEYS.getPrivate());

        assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----\n").contains("-----END RSA PRIVATE KEY-----");
        assertThat(RsaKeys.readPrivateKey(pem)).isEqualTo(KEYS.getPrivate());
    }

    @Test
    void roundTripsSpkiPublicKey() {
        String pem = RsaKeys.toPublicPem(KEYS.getPublic());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").contains("-----END PUBLIC KEY-----");
        assertThat(RsaKeys.readPublicKey(pem)).isEqualTo(KEYS.getPublic());
    }

    @Test
    void readsPkcs1PublicKey() throws Exception {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        byte[] der =
                new org.bouncycastle.asn1.pkcs.RSAPublicKey(key.getModulus(), key.getPublicExponent()).getEncoded();

        assertThat(RsaKeys.readPublicKey(pem("RSA PUBLIC KEY", der))).isEqualTo(key);
    }

    @Test
    void ignoresTextAroundThePemBlock() {
        String pem =
                "Bag Attributes\n  friendlyName: app\n" + RsaKeys.toPkcs8Pem(KEYS.getPrivate()) + "trailing words\n";
        assertThat(RsaKeys.readPrivateKey(pem)).isEqualTo(KEYS.getPrivate());
    }

    @Test
    void readsKeysSavedWithWindowsLineEndings() {
        String privatePem = RsaKeys.toPkcs8Pem(KEYS.getPrivate()).replace("\n", "\r\n");
        String publicPem = RsaKeys.toPublicPem(KEYS.getPublic()).replace("\n", "\r\n");

        assertThat(RsaKeys.readPrivateKey(privatePem)).isEqualTo(KEYS.getPrivate());
        assertThat(RsaKeys.readPublicKey(publicPem)).isEqualTo(KEYS.getPublic());
    }

    @Test
    void writesPemAsOpenSslDoesWithBase64LinesOf64Characters() {
        String[] lines = RsaKeys.toPublicPem(KEYS.getPublic()).split(System.lineSeparator());

        assertThat(lines[0]).isEqualTo("-----BEGIN PUBLIC KEY-----");
        assertThat(lines[lines.length - 1]).isEqualTo("-----END PUBLIC KEY-----");
        assertThat(java.util.Arrays.copyOfRange(lines, 1, lines.length - 2))
                .allSatisfy(line -> assertThat(line).hasSize(64));
        assertThat(lines[lines.length - 2]).hasSizeBetween(1, 64);
    }

    @Test
    void findsThePrivateKeyAfterAnotherBlock() {
        String pem = RsaKeys.toPublicPem(KEYS.getPublic()) + RsaKeys.toPkcs1Pem(KEYS.getPrivate());
        assertThat(RsaKeys.readPrivateKey(pem)).isEqualTo(KEYS.getPrivate());
    }

    @Test
    void derivesThePublicKeyFromThePrivateKey() {
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KEYS.getPrivate();
        assertThat(RsaKeys.publicKeyOf(privateKey)).isEqualTo(KEYS.getPublic());

        KeyPair pair = RsaKeys.readKeyPair(RsaKeys.toPkcs1Pem(privateKey));
        assertThat(pair.getPublic()).isEqualTo(KEYS.getPublic());
        assertThat(pair.getPrivate()).isEqualTo(privateKey);
    }

    @Test
    void explainsTextWithoutPem() {
        assertThatThrownBy(() -> RsaKeys.readPrivateKey("just some text"))
                .isInstanceOf(InvalidPemException.class)
                .hasMessageStartingWith("no PEM block found; expected a private key");
        assertThatThrownBy(() -> RsaKeys.readPublicKey(""))
                .hasMessageStartingWith("no PEM block found; expected a public key");
    }

    @Test
    void explainsACertificateWhereAKeyBelongs() {
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem("CERTIFICATE", new byte[] {1, 2, 3})))
                .isInstanceOf(InvalidPemException.class)
                .hasMessage("PEM block is a CERTIFICATE, expected a private key");
    }

    @Test
    void explainsAPublicKeyWhereAPrivateKeyBelongsAndViceVersa() {
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(RsaKeys.toPublicPem(KEYS.getPublic())))
                .hasMessage("PEM block is a PUBLIC KEY, expected a private key");
        assertThatThrownBy(() -> RsaKeys.readPublicKey(RsaKeys.toPkcs8Pem(KEYS.getPrivate())))
                .hasMessage("PEM block is a PRIVATE KEY, expected a public key");
    }

    @Test
    void explainsAKeyThatIsNotRsa() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair pair = ec.generateKeyPair();

        assertThatThrownBy(() -> RsaKeys.readPrivateKey(
                        pem("PRIVATE KEY", pair.getPrivate().getEncoded())))
                .isInstanceOf(InvalidPemException.class)
                .hasMessageStartingWith("not an RSA key")
                .hasMessageContaining("1.2.840.10045.2.1");
        assertThatThrownBy(() ->
                        RsaKeys.readPublicKey(pem("PUBLIC KEY", pair.getPublic().getEncoded())))
                .hasMessageStartingWith("not an RSA key");
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem("EC PRIVATE KEY", new byte[] {1})))
                .hasMessageStartingWith("not an RSA key: PEM block is a EC PRIVATE KEY");
        assertThatThrownBy(() -> RsaKeys.toPublicPem(pair.getPublic()))
                .hasMessage("not an RSA key: the key's algorithm is EC");
    }

    @Test
    void explainsCorruptBase64() {
        String pem = RsaKeys.toPkcs8Pem(KEYS.getPrivate()).replaceFirst("\n(.)", "\n!@#\\$");
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem))
                .isInstanceOf(InvalidPemException.class)
                .hasMessageStartingWith("corrupt base64 in PEM body");
    }

    @Test
    void explainsABodyThatIsNotAKey() {
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem("PRIVATE KEY", new byte[] {48, 3, 2, 1, 0})))
                .isInstanceOf(InvalidPemException.class)
                .hasMessageStartingWith("PEM block PRIVATE KEY does not hold a valid private key");
    }

    @Test
    void explainsAMissingEndLine() {
        String pem = RsaKeys.toPkcs8Pem(KEYS.getPrivate()).replace("-----END PRIVATE KEY-----", "");
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem))
                .isInstanceOf(InvalidPemException.class)
                .hasMessageStartingWith("PEM text is cut short");
    }

    @Test
    void explainsEncryptedKeys() {
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem("ENCRYPTED PRIVATE KEY", new byte[] {1})))
                .hasMessageStartingWith("PEM block is an ENCRYPTED PRIVATE KEY; remove the passphrase first");
        String legacy = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----\n";
        assertThatThrownBy(() -> RsaKeys.readPrivateKey(legacy))
                .hasMessageStartingWith("PEM block RSA PRIVATE KEY is encrypted; remove the passphrase first");
    }

    @Test
    void writesPrivateKeyFileReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("private.key");
        Files.writeString(file, "old content");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        RsaKeys.writePrivateKey(file, KEYS.getPrivate());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(RsaKeys.readPrivateKey(file)).isEqualTo(KEYS.getPrivate());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void namesTheFileInPemErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.key");
        Files.writeString(file, "nothing here");

        assertThatThrownBy(() -> RsaKeys.readPrivateKey(file))
                .isInstanceOf(InvalidPemException.class)
                .hasMessageStartingWith(file + ": no PEM block found");
    }
}
