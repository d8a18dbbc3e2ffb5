package io.github.nexmock.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** Tokens assembled by hand (base64url of JSON we write, signed with java.security), independent of our minting code. */
final class HandMadeTokens {

    static final String RS256_HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

    /** One key pair per test JVM: RSA generation is slow. */
    static final KeyPair APP_KEYS = io.github.nexmock.jwt.RsaKeys.generate();

    static final KeyPair OTHER_KEYS = io.github.nexmock.jwt.RsaKeys.generate();

    private HandMadeTokens() {}

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** header.payload.signature with an RS256 signature over the first two segments. */
    static String signed(String headerJson, String payloadJson, PrivateKey key) {
        String signingInput = b64(headerJson) + "." + b64(payloadJson);
        return signingInput + "." + b64(rs256(signingInput, key));
    }

    /** The usual RS256 header, signed with the application's key. */
    static String signed(String payloadJson) {
        return signed(RS256_HEADER, payloadJson, APP_KEYS.getPrivate());
    }

    static byte[] rs256(String signingInput, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
