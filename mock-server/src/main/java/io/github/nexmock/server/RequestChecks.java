package io.github.nexmock.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks {@link RequestGuardFilter} makes on a request line and a form body before WireMock sees them, each naming
 * the problem in a sentence, or empty when there is none.
 */
final class RequestChecks {

    private RequestChecks() {}

    /**
     * Method names are case-sensitive: WireMock would serve {@code get} as GET on some paths and leave it to Jetty's
     * default servlet, which answers 501, on others.
     */
    static Optional<String> lowerCaseMethod(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return method.equals(upper)
                ? Optional.empty()
                : Optional.of("the method '" + method + "' is not an HTTP "
                        + "method; method names are case-sensitive (" + upper + ")");
    }

    /** A '%' must be followed by two hex digits. */
    static Optional<String> malformedEncoding(String what, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%'
                    && (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2)))) {
                return Optional.of("the " + what + " has a malformed percent-escape at index " + i
                        + "; '%' must be followed by two hex digits");
            }
        }
        return Optional.empty();
    }

    /** Decoded, the escapes and raw bytes of a form must be UTF-8: Jetty fails with a 500 on anything else. */
    static Optional<String> notUtf8(String what, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the " + what + " is not UTF-8 once its percent-escapes are decoded");
        }
    }

    static boolean isUtf8(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT).replace("\"", "");
        return !lower.contains("charset=") || lower.contains("charset=utf-8") || lower.contains("charset=utf8");
    }

    static Optional<String> unknownCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                boolean supported;
                try {
                    supported = Charset.isSupported(name);
                } catch (IllegalArgumentException illegalName) {
                    supported = false;
                }
                if (!supported) {
                    return Optional.of("Content-Type names the unknown charset '" + name + "'; send UTF-8");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
