package io.github.nexmock.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A JWT assembled by hand from JSON text written member by member, so a test can send what no JWT library would
 * produce: duplicate names, claims of the wrong type, foreign algorithms, headers naming other keys. Values are raw
 * JSON text ({@code "\"x\""}, {@code "12"}, {@code "[1]"}); {@link #text(String)} quotes a string.
 */
final class ForgedToken {

    private final List<String[]> header = new ArrayList<>();
    private final List<String[]> payload = new ArrayList<>();

    private ForgedToken() {}

    /** A token with the usual header {@code {"alg":"RS256","typ":"JWT"}} and no claims yet. */
    static ForgedToken rs256() {
        return new ForgedToken().header("alg", text("RS256")).header("typ", text("JWT"));
    }

    /** A JSON string literal. */
    static String text(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static String base64Url(String text) {
        return base64Url(text.getBytes(StandardCharsets.UTF_8));
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Sets a header member, replacing one of the same name. */
    ForgedToken header(String name, String json) {
        put(header, name, json);
        return this;
    }

    /** Adds a header member even when one of that name exists. */
    ForgedToken duplicateHeader(String name, String json) {
        header.add(new String[] {name, json});
        return this;
    }

    ForgedToken withoutHeader(String name) {
        header.removeIf(member -> member[0].equals(name));
        return this;
    }

    /** Sets a claim, replacing one of the same name. */
    ForgedToken claim(String name, String json) {
        put(payload, name, json);
        return this;
    }

    /** Adds a claim even when one of that name exists. */
    ForgedToken duplicateClaim(String name, String json) {
        payload.add(new String[] {name, json});
        return this;
    }

    ForgedToken without(String claim) {
        payload.removeIf(member -> member[0].equals(claim));
        return this;
    }

    String headerJson() {
        return object(header);
    }

    String payloadJson() {
        return object(payload);
    }

    /** {@code header.payload} in base64url, the part a signature covers. */
    String signingInput() {
        return base64Url(headerJson()) + "." + base64Url(payloadJson());
    }

    /** Signed SHA256withRSA with {@code key}, whatever the header says. */
    String signedWith(PrivateKey key) {
        return signingInput() + "." + base64Url(rs256(signingInput(), key));
    }

    /** Signed HMAC-SHA256 with {@code secret}, whatever the header says. */
    String hs256(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput() + "." + base64Url(mac.doFinal(signingInput().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code header.payload.} with an empty signature. */
    String unsigned() {
        return signingInput() + ".";
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

    private static void put(List<String[]> members, String name, String json) {
        for (String[] member : members) {
            if (member[0].equals(name)) {
                member[1] = json;
                return;
            }
        }
        members.add(new String[] {name, json});
    }

    private static String object(List<String[]> members) {
        StringBuilder json = new StringBuilder("{");
        for (String[] member : members) {
            json.append(json.length() > 1 ? "," : "")
                    .append(text(member[0]))
                    .append(':')
                    .append(member[1]);
        }
        return json.append('}').toString();
    }
}
