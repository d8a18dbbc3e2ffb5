package io.github.nexmock.jwt;

import java.io.IOException;
import java.io.StringReader;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * The PEM forms the JDK cannot read (PKCS#1 keys), and every PEM text {@link RsaKeys}' JDK path did not take, read
 * with BouncyCastle, which also says exactly what is wrong with a text it refuses. Loaded only when such a text comes
 * along: BouncyCastle's signed jar costs a noticeable part of a second to open and verify.
 */
final class BouncyCastlePem {

    private static final AlgorithmIdentifier RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    private BouncyCastlePem() {}

    /** PKCS#1 DER ({@code RSAPrivateKey}) of a PKCS#8-encoded RSA private key. */
    static byte[] pkcs1Der(byte[] pkcs8) throws IOException {
        return PrivateKeyInfo.getInstance(pkcs8)
                .parsePrivateKey()
                .toASN1Primitive()
                .getEncoded();
    }

    /** Reads an RSA private key from the first PKCS#8 or PKCS#1 PEM block of the text. */
    static RSAPrivateCrtKey readPrivateKey(String pem) {
        PemObject block = firstBlock(pem, "a private key", RsaKeys.PKCS8, RsaKeys.PKCS1);
        PrivateKeyInfo info = decode(
                "private key",
                block,
                () -> RsaKeys.PKCS1.equals(block.getType())
                        ? new PrivateKeyInfo(
                                RSA, org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(block.getContent()))
                        : PrivateKeyInfo.getInstance(block.getContent()));
        requireRsaOid(info.getPrivateKeyAlgorithm());
        try {
            return (RSAPrivateCrtKey) new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException | ClassCastException e) {
            throw new InvalidPemException(
                    "PEM block " + block.getType() + " does not hold a usable RSA private key", e);
        }
    }

    /** Reads an RSA public key from the first SPKI or PKCS#1 PEM block of the text. */
    static RSAPublicKey readPublicKey(String pem) {
        PemObject block = firstBlock(pem, "a public key", RsaKeys.SPKI, RsaKeys.PKCS1_PUBLIC);
        SubjectPublicKeyInfo info = decode(
                "public key",
                block,
                () -> RsaKeys.PKCS1_PUBLIC.equals(block.getType())
                        ? new SubjectPublicKeyInfo(
                                RSA, org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(block.getContent()))
                        : SubjectPublicKeyInfo.getInstance(block.getContent()));
        requireRsaOid(info.getAlgorithm());
        try {
            return (RSAPublicKey) new JcaPEMKeyConverter().getPublicKey(info);
        } catch (IOException | ClassCastException e) {
            throw new InvalidPemException("PEM block " + block.getType() + " does not hold a usable RSA public key", e);
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
            throw new InvalidPemException(
                    "not an RSA key: PEM block is a " + found + "; Nexmo application keys are RSA");
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
            throw new InvalidPemException(
                    "PEM block " + block.getType() + " does not hold a valid " + what + " (bad DER structure): "
                            + e.getMessage(),
                    e);
        }
    }

    @FunctionalInterface
    private interface DerDecoder<T> {
        T decode() throws IOException;
    }
}
