package io.github.nexmock.jwt;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The three segments of a compact JWS, checked to be strict base64url: only {@code A-Z a-z 0-9 - _}, no padding,
 * no impossible length and no stray bits in the last character, so every token has exactly one spelling.
 *
 * @param signingInput the ASCII bytes of {@code header.payload}, which the signature covers
 * @param header       the header segment, still encoded
 * @param payload      the payload segment, still encoded
 * @param signature    the signature segment, still encoded (may be empty)
 */
record TokenSegments(byte[] signingInput, String header, String payload, String signature) {

    /** Splits a token, or says why it is not three strict base64url segments. */
    static TokenSegments split(String token) throws MalformedSegmentsException {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            long dots = token.chars().filter(c -> c == '.').count();
            throw new MalformedSegmentsException("token has " + (dots + 1) + " '.'-separated segments; a JWT has 3 "
                    + "(header.payload.signature)");
        }
        TokenSegments segments = new TokenSegments(token.substring(0, second).getBytes(StandardCharsets.US_ASCII),
                token.substring(0, first), token.substring(first + 1, second), token.substring(second + 1));
        requireNonEmpty("header", segments.header);
        requireNonEmpty("payload", segments.payload);
        requireBase64Url("header", segments.header);
        requireBase64Url("payload", segments.payload);
        requireBase64Url("signature", segments.signature);
        return segments;
    }

    /** Decodes a segment already checked by {@link #split}. */
    static byte[] decode(String segment) {
        return Base64.getUrlDecoder().decode(segment);
    }

    /** Best-effort decoding of a token's payload for diagnostics; empty when anything is off. */
    static Optional<byte[]> payloadOf(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireNonEmpty(String name, String segment) throws MalformedSegmentsException {
        if (segment.isEmpty()) {
            throw new MalformedSegmentsException("the " + name + " segment is empty");
        }
    }

    private static void requireBase64Url(String name, String segment) throws MalformedSegmentsException {
        for (int i = 0; i < segment.length(); i++) {
            if (value(segment.charAt(i)) < 0) {
                char c = segment.charAt(i);
                throw new MalformedSegmentsException("the " + name + " segment has " + (c == '=' ? "padding '='"
                        : "the character '" + c + "'") + " at position " + i + "; JWT segments are base64url without padding");
            }
        }
        int tail = segment.length() % 4;
        if (tail == 1) {
            throw new MalformedSegmentsException("the " + name + " segment has " + segment.length()
                    + " characters, a length base64url cannot have");
        }
        int unusedBits = tail == 2 ? 0x0F : tail == 3 ? 0x03 : 0;
        if (tail != 0 && (value(segment.charAt(segment.length() - 1)) & unusedBits) != 0) {
            throw new MalformedSegmentsException("the " + name + " segment ends in non-canonical base64url "
                    + "(unused bits set in its last character)");
        }
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        } else if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        } else if (c == '-') {
            return 62;
        } else if (c == '_') {
            return 63;
        }
        return -1;
    }

    /** The token is not three strict base64url segments; the message says how. */
    static final class MalformedSegmentsException extends Exception {
        MalformedSegmentsException(String message) {
            super(message);
        }
    }
}
