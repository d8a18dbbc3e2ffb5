package io.github.nexmock.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * RSA key pairs and their PEM forms: PKCS#8 ({@code BEGIN PRIVATE KEY}, what nexmo-cli writes),
 * PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) and SPKI public keys ({@code BEGIN PUBLIC KEY}).
 * Nexmo users hold their application keys in all of these forms, so everything that reads a key goes through here.
 */
public final class RsaKeys {

    /** Key size Nexmo generates for applications. */
    public static final int KEY_SIZE = 2048;

    private static final String PKCS8 = "PRIVATE KEY";
    private static final String PKCS1 = "RSA PRIVATE KEY";
    private static final String SPKI = "PUBLIC KEY";
    private static final String PKCS1_PUBLIC = "RSA PUBLIC KEY";
    private static final AlgorithmIdentifier RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private RsaKeys() {
    }

    /** Generates a fresh RSA 2048 key pair; takes 0.1 to 2 s, so prefer {@link KeyPairPool#take()} on hot paths. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no RSA key pair generator", e);
        }
    }

    /** Encodes an RSA private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    public static String toPkcs8Pem(PrivateKey key) {
        requireRsa(key.getAlgorithm());
        if (!"PKCS#8".equals(key.getFormat())) {
            throw new IllegalArgumentException("cannot encode a private key whose encoding is " + key.getFormat()
                    + "; expected PKCS#8");
        }
        return pem(PKCS8, key.getEncoded());
    }

    /** Encodes an RSA private key as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}), the form older OpenSSL writes. */
    public static String toPkcs1Pem(PrivateKey key) {
        try {
            requireRsa(key.getAlgorithm());
            return pem(PKCS1, PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode the private key as PKCS#1: " + e.getMessage(), e);
        }
    }

    /** Encodes an RSA public key as SPKI PEM ({@code BEGIN PUBLIC KEY}), the form the Application API carries. */
    public static String toPublicPem(PublicKey key) {
        requireRsa(key.getAlgorithm());
        return pem(SPKI, key.getEncoded());
    }

    /**
     * Reads an RSA private key from PKCS#8 or PKCS#1 PEM; text around the PEM block is ignored.
     *
     * @throws InvalidPemException naming what is wrong with the text
     */
    public static RSAPrivateCrtKey readPrivateKey(String pem) {
        PemObject block = firstBlock(pem, "a private key", PKCS8, PKCS1);
        PrivateKeyInfo info = decode("private key", block, () -> PKCS1.equals(block.getType())
                ? new PrivateKeyInfo(RSA, org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(block.getContent()))
                : PrivateKeyInfo.getInstance(block.getContent()));
        requireRsaOid(info.getPrivateKeyAlgorithm());
        try {
            return (RSAPrivateCrtKey) new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException | ClassCastException e) {
            throw new InvalidPemException("PEM block " + block.getType() + " does not hold a usable RSA private key", e);
        }
    }

    /**
     * Reads an RSA public key from SPKI PEM ({@code BEGIN PUBLIC KEY}) or PKCS#1 ({@code BEGIN RSA PUBLIC KEY}).
     *
     * @throws InvalidPemException naming what is wrong with the text
     */
    public static RSAPublicKey readPublicKey(String pem) {
        PemObject block = firstBlock(pem, "a public key", SPKI, PKCS1_PUBLIC);
        SubjectPublicKeyInfo info = decode("public key", block, () -> PKCS1_PUBLIC.equals(block.getType())
                ? new SubjectPublicKeyInfo(RSA, org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(block.getContent()))
                : SubjectPublicKeyInfo.getInstance(block.getContent()));
        requireRsaOid(info.getAlgorithm());
        try {
            return (RSAPublicKey) new JcaPEMKeyConverter().getPublicKey(info);
        } catch (IOException | ClassCastException e) {
            throw new InvalidPemException("PEM block " + block.getType() + " does not hold a usable RSA public key", e);
        }
    }

    /** Derives the public half of an RSA private key (modulus and public exponent). */
    public static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive an RSA public key: " + e.getMessage(), e);
        }
    }

    /** Reads a private key PEM (PKCS#8 or PKCS#1) and pairs it with its derived public key. */
    public static KeyPair readKeyPair(String privatePem) {
        RSAPrivateCrtKey privateKey = readPrivateKey(privatePem);
        return new KeyPair(publicKeyOf(privateKey), privateKey);
    }

    /**
     * Reads an RSA private key from a PEM file.
     *
     * @throws InvalidPemException naming the file and what is wrong with its content
     */
    public static RSAPrivateCrtKey readPrivateKey(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        try {
            return readPrivateKey(text);
        } catch (InvalidPemException e) {
            throw new InvalidPemException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a private key as PKCS#8 PEM to a file readable and writable by its owner only (0600 where the file
     * system has POSIX permissions), replacing any existing file atomically so the key is never readable by others.
     */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        String pem = toPkcs8Pem(key);
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        boolean posix = Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
        Path temp = posix
                ? Files.createTempFile(directory, ".nexmock-key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, ".nexmock-key-", ".tmp");
        try {
            if (posix) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY);
            }
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void requireRsa(String algorithm) {
        if (!"RSA".equals(algorithm)) {
            throw new IllegalArgumentException("not an RSA key: the key's algorithm is " + algorithm);
        }
    }

    private static void requireRsaOid(AlgorithmIdentifier algorithm) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(algorithm.getAlgorithm())) {
            throw new InvalidPemException("not an RSA key: the PEM holds a key of algorithm OID "
                    + algorithm.getAlgorithm().getId() + "; Nexmo application keys are RSA");
        }
    }

    private static PemObject firstBlock(String pem, String expected, String... acceptedTypes) {
        List<String> seen = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            for (PemObject block = reader.readPemObject(); block != null; block = reader.readPemObject()) {
                if (List.of(acceptedTypes).contains(block.getType())) {
                    return block;
                }
                seen.add(block.getType());
            }
        } catch (IOException e) {
            throw new InvalidPemException("PEM text is cut short: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InvalidPemException("corrupt base64 in PEM body: " + e.getMessage(), e);
        }
        if (seen.isEmpty()) {
            throw new InvalidPemException("no PEM block found; expected " + expected + " starting with -----BEGIN "
                    + acceptedTypes[0] + "-----");
        }
        String found = String.join(", ", seen);
        if (seen.contains("ENCRYPTED PRIVATE KEY")) {
            throw new InvalidPemException("PEM block is an ENCRYPTED PRIVATE KEY; remove the passphrase first, e.g. "
                    + "openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-plain.pem");
        }
        if (seen.contains("EC PRIVATE KEY") || seen.contains("DSA PRIVATE KEY")) {
            throw new InvalidPemException("not an RSA key: PEM block is a " + found + "; Nexmo application keys are RSA");
        }
        throw new InvalidPemException("PEM block is a " + found + ", expected " + expected);
    }

    private static <T> T decode(String what, PemObject block, DerDecoder<T> decoder) {
        for (Object header : block.getHeaders()) {
            if ("Proc-Type".equals(((PemHeader) header).getName())) {
                throw new InvalidPemException("PEM block " + block.getType() + " is encrypted; remove the passphrase "
                        + "first, e.g. openssl rsa -in key.pem -out key-plain.pem");
            }
        }
        try {
            return decoder.decode();
        } catch (IOException | RuntimeException e) {
            throw new InvalidPemException("PEM block " + block.getType() + " does not hold a valid " + what
                    + " (bad DER structure): " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface DerDecoder<T> {
        T decode() throws IOException;
    }
}
