package io.github.nexmock.cli;

import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/** Reads the PEM key files users pass on the command line, with errors that name the file and the problem. */
final class KeyFiles {

    private KeyFiles() {}

    /** The private key in a PEM file (PKCS#8 or PKCS#1). */
    static RSAPrivateCrtKey readPrivateKey(Path file) {
        return privateKey(readPem(file, "private key file"), "private key file " + file);
    }

    /** The private key in PEM text that came from {@code where} (used in the message when it is unusable). */
    static RSAPrivateCrtKey privateKey(String pem, String where) {
        try {
            return RsaKeys.readPrivateKey(pem);
        } catch (IllegalArgumentException e) {
            throw new CliException(where + " is not a usable RSA private key: " + OneLine.of(e), e);
        }
    }

    /** The public key in a PEM file; for a private key file, its public half. */
    static RSAPublicKey readPublicKey(Path file) {
        String pem = readPem(file, "public key file");
        try {
            return pem.contains("PRIVATE KEY-----")
                    ? RsaKeys.publicKeyOf(RsaKeys.readPrivateKey(pem))
                    : RsaKeys.readPublicKey(pem);
        } catch (IllegalArgumentException e) {
            throw new CliException("public key file " + file + " is not a usable RSA key: " + OneLine.of(e), e);
        }
    }

    /** The text of a PEM file. */
    static String readPem(Path file, String what) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new CliException(what + " " + file + " does not exist", e);
        } catch (IOException e) {
            throw new CliException("cannot read " + what + " " + file + ": " + OneLine.of(e), e);
        }
    }
}
