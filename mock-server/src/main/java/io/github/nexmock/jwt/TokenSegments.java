package io.github.nexmock.jwt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The three segments of a compact JWS, decoded as strict base64url: only {@code A-Z a-z 0-9 - _}, no padding,
 * no impossible length and no stray bits in the last character, so every token has exactly one spelling.
 * The JDK decoder does the work on the common path; the character-by-character check runs only to explain a failure.
 */
final class TokenSegments {

    private static final byte[] BASE64URL = base64UrlValues();
    private static final String[] NAMES = {"header", "payload", "signature"};

    private final byte[] ascii;
    private final int signedLength;
    private final byte[][] decoded;

    private TokenSegments(byte[] ascii, int signedLength, byte[][] decoded) {
        this.ascii = ascii;
        this.signedLength = signedLength;
        this.decoded = decoded;
    }

    /** Splits and decodes a token, or says why it is not three strict base64url segments. */
    static TokenSegments split(String token) throws MalformedSegmentsException {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            long dots = token.chars().filter(c -> c == '.').count();
            throw new MalformedSegmentsException(
                    "token has " + (dots + 1) + " '.'-separated segments; a JWT has 3 " + "(header.payload.signature)");
        }
        if (first == 0) {
            throw new MalformedSegmentsException("the header segment is empty");
        }
        if (second == first + 1) {
            throw new MalformedSegmentsException("the payload segment is empty");
        }
        byte[] ascii = token.getBytes(StandardCharsets.US_ASCII);
        int[] bounds = {0, first, first + 1, second, second + 1, ascii.length};
        byte[][] decoded = new byte[3][];
        try {
            if (token.indexOf('=') >= 0) {
                throw new IllegalArgumentException("padding");
            }
            for (int i = 0; i < 3; i++) {
                decoded[i] = decode(ascii, bounds[2 * i], bounds[2 * i + 1]);
            }
        } catch (IllegalArgumentException e) {
            for (int i = 0; i < 3; i++) {
                requireBase64Url(NAMES[i], token, bounds[2 * i], bounds[2 * i + 1]);
            }
            throw new MalformedSegmentsException("the token is not base64url: " + e.getMessage());
        }
        for (int i = 0; i < 3; i++) {
            requireCanonicalEnd(NAMES[i], ascii, bounds[2 * i], bounds[2 * i + 1]);
        }
        return new TokenSegments(ascii, second, decoded);
    }

    /** The decoded header bytes. */
    byte[] header() {
        return decoded[0];
    }

    /** The decoded payload bytes. */
    byte[] payload() {
        return decoded[1];
    }

    /** The decoded signature bytes; empty when the token has no signature. */
    byte[] signature() {
        return decoded[2];
    }

    /** The ASCII bytes of {@code header.payload}, which the signature covers. */
    ByteBuffer signingInput() {
        return ByteBuffer.wrap(ascii, 0, signedLength);
    }

    /** Best-effort decoding of a token's payload for diagnostics; empty when anything is off. */
    static Optional<byte[]> payloadOf(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(byte[] ascii, int from, int to) {
        ByteBuffer decoded = Base64.getUrlDecoder().decode(ByteBuffer.wrap(ascii, from, to - from));
        byte[] bytes = decoded.array();
        int start = decoded.arrayOffset() + decoded.position();
        int end = decoded.arrayOffset() + decoded.limit();
        return start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end);
    }

    private static void requireBase64Url(String name, String token, int from, int to)
            throws MalformedSegmentsException {
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            if (c >= BASE64URL.length || BASE64URL[c] < 0) {
                throw new MalformedSegmentsException("the " + name + " segment has "
                        + (c == '=' ? "padding '='" : "the character '" + c + "'") + " at position " + (i - from)
                        + "; JWT segments are base64url without padding");
            }
        }
        if ((to - from) % 4 == 1) {
            throw new MalformedSegmentsException(
                    "the " + name + " segment has " + (to - from) + " characters, a length base64url cannot have");
        }
    }

    private static void requireCanonicalEnd(String name, byte[] ascii, int from, int to)
            throws MalformedSegmentsException {
        int tail = (to - from) % 4;
        int unusedBits = tail == 2 ? 0x0F : tail == 3 ? 0x03 : 0;
        if (unusedBits != 0 && (BASE64URL[ascii[to - 1]] & unusedBits) != 0) {
            throw new MalformedSegmentsException("the " + name + " segment ends in non-canonical base64url "
                    + "(unused bits set in its last character)");
        }
    }

    private static byte[] base64UrlValues() {
        byte[] values = new byte[128];
        Arrays.fill(values, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            values[alphabet.charAt(i)] = (byte) i;
        }
        return values;
    }

    /** The token is not three strict base64url segments; the message says how. */
    static final class MalformedSegmentsException extends Exception {
        MalformedSegmentsException(String message) {
            super(message);
        }
    }
}
