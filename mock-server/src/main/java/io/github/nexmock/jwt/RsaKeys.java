package io.github.nexmock.jwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * RSA key pairs and their PEM forms: PKCS#8 ({@code BEGIN PRIVATE KEY}, what nexmo-cli writes),
 * PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) and SPKI public keys ({@code BEGIN PUBLIC KEY}).
 * Nexmo users hold their application keys in all of these forms, so everything that reads a key goes through here.
 *
 * <p>A plain PKCS#8 or SPKI block, the common case, is read and written by the JDK alone; PKCS#1, and any text the JDK
 * path does not take (so also every text with a fault, whose message names it), goes to BouncyCastle.
 */
public final class RsaKeys {

    /** Key size Nexmo generates for applications. */
    public static final int KEY_SIZE = 2048;

    static final String PKCS8 = "PRIVATE KEY";
    static final String PKCS1 = "RSA PRIVATE KEY";
    static final String SPKI = "PUBLIC KEY";
    static final String PKCS1_PUBLIC = "RSA PUBLIC KEY";

    private RsaKeys() {}

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
            throw new IllegalArgumentException(
                    "cannot encode a private key whose encoding is " + key.getFormat() + "; expected PKCS#8");
        }
        return pem(PKCS8, key.getEncoded());
    }

    /** Encodes an RSA private key as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}), the form older OpenSSL writes. */
    public static String toPkcs1Pem(PrivateKey key) {
        try {
            requireRsa(key.getAlgorithm());
            return pem(PKCS1, BouncyCastlePem.pkcs1Der(key.getEncoded()));
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
        return plainBlock(pem, PKCS8)
                .flatMap(der -> jdkKey(new PKCS8EncodedKeySpec(der), RSAPrivateCrtKey.class))
                .orElseGet(() -> BouncyCastlePem.readPrivateKey(pem));
    }

    /**
     * Reads an RSA public key from SPKI PEM ({@code BEGIN PUBLIC KEY}) or PKCS#1 ({@code BEGIN RSA PUBLIC KEY}).
     *
     * @throws InvalidPemException naming what is wrong with the text
     */
    public static RSAPublicKey readPublicKey(String pem) {
        return plainBlock(pem, SPKI)
                .flatMap(der -> jdkKey(new X509EncodedKeySpec(der), RSAPublicKey.class))
                .orElseGet(() -> BouncyCastlePem.readPublicKey(pem));
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
        PrivateFiles.write(file, toPkcs8Pem(key).getBytes(StandardCharsets.US_ASCII));
    }

    private static void requireRsa(String algorithm) {
        if (!"RSA".equals(algorithm)) {
            throw new IllegalArgumentException("not an RSA key: the key's algorithm is " + algorithm);
        }
    }

    /**
     * The DER of the text's first PEM block when it is of {@code type}, starts the text or a line, has no headers
     * (so is not encrypted) and a body of plain base64 lines; empty for anything else, which BouncyCastle then reads
     * or explains.
     */
    private static Optional<byte[]> plainBlock(String text, String type) {
        String begin = "-----BEGIN " + type + "-----";
        int start = text.indexOf("-----BEGIN ");
        if (start < 0 || !text.startsWith(begin, start) || (start > 0 && text.charAt(start - 1) != '\n')) {
            return Optional.empty();
        }
        int body = start + begin.length();
        String endLine = "\n-----END " + type + "-----";
        int end = text.indexOf(endLine, body);
        int after = end + endLine.length();
        if (end < 0
                || (text.charAt(body) != '\n' && text.charAt(body) != '\r')
                || (after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r')) {
            return Optional.empty();
        }
        StringBuilder base64 = new StringBuilder(end - body);
        for (int i = body; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '-') {
                return Optional.empty(); // a header or another boundary
            }
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                base64.append(c);
            }
        }
        try {
            return Optional.of(Base64.getDecoder().decode(base64.toString()));
        } catch (IllegalArgumentException notPlainBase64) {
            return Optional.empty();
        }
    }

    /** The RSA key the JDK's own KeyFactory reads from {@code spec}; empty when it cannot, or it is not {@code type}. */
    private static <K> Optional<K> jdkKey(KeySpec spec, Class<K> type) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Object key = spec instanceof PKCS8EncodedKeySpec ? rsa.generatePrivate(spec) : rsa.generatePublic(spec);
            return type.isInstance(key) ? Optional.of(type.cast(key)) : Optional.empty();
        } catch (GeneralSecurityException | RuntimeException notReadable) {
            return Optional.empty();
        }
    }

    private static String pem(String type, byte[] der) {
        String newline = System.lineSeparator();
        String body = Base64.getMimeEncoder(64, newline.getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----" + newline + body + newline + "-----END " + type + "-----" + newline;
    }
}
