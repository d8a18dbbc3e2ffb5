package io.github.nexmock.server;

import io.github.nexmock.api.Problem;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A servlet filter in front of WireMock that answers the requests WireMock itself cannot parse (it fails with a 500
 * before any extension runs) with a 400 problem: a method name not in upper case, malformed percent-encoding in the
 * query string or in a form body, a form body that is not UTF-8 once decoded, a Content-Type naming an unknown
 * charset, a body shorter than its Content-Length (the client stopped sending), and a multipart body WireMock cannot
 * parse. Bodies are read here once and handed on unchanged.
 */
final class RequestGuardFilter implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Optional<String> problem = lowerCaseMethod(request.getMethod())
                .or(() -> malformedEncoding("query string", request.getQueryString()))
                .or(() -> unknownCharset(request.getContentType()));
        HttpServletRequest passed = request;
        if (problem.isEmpty()) {
            byte[] body = null;
            try {
                body = request.getInputStream().readAllBytes();
            } catch (EOFException early) {
                long announced = request.getContentLengthLong();
                problem = Optional.of(announced < 0 ? "the request body ended before its last chunk"
                        : "the request body ended before the " + announced + " bytes its Content-Length announced");
            }
            String contentType = request.getContentType();
            if (body != null && contentType != null
                    && contentType.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded")) {
                String form = new String(body, StandardCharsets.ISO_8859_1);
                problem = malformedEncoding("form body", form).or(() -> isUtf8(contentType)
                        ? notUtf8("form body", form) : Optional.empty());
            }
            if (body != null) {
                passed = new BufferedBodyRequest(request, body);
            }
        }
        if (problem.isPresent()) {
            badRequest(request, response, problem.get());
            return;
        }
        try {
            chain.doFilter(passed, response);
        } catch (Exception failure) { // WireMock rethrows the parser's checked exception undeclared
            if (!isMultipart(request.getContentType()) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            badRequest(request, response, "the multipart body cannot be read: " + rootMessage(failure));
        }
    }

    private static void badRequest(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.httpLayer(400, request.getRequestURI(), detail).toJson());
    }

    /** WireMock parses multipart bodies while logging and matching, and fails with a 500 on a broken one. */
    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /**
     * Method names are case-sensitive: WireMock would serve {@code get} as GET on some paths and leave it to Jetty's
     * default servlet, which answers 501, on others.
     */
    private static Optional<String> lowerCaseMethod(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return method.equals(upper) ? Optional.empty() : Optional.of("the method '" + method + "' is not an HTTP "
                + "method; method names are case-sensitive (" + upper + ")");
    }

    /** A '%' must be followed by two hex digits. */
    static Optional<String> malformedEncoding(String what, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%' && (i + 2 >= text.length() || !isHex(text.charAt(i + 1))
                    || !isHex(text.charAt(i + 2)))) {
                return Optional.of("the " + what + " has a malformed percent-escape at index " + i
                        + "; '%' must be followed by two hex digits");
            }
        }
        return Optional.empty();
    }

    /** Decoded, the escapes and raw bytes of a form must be UTF-8: Jetty fails with a 500 on anything else. */
    private static Optional<String> notUtf8(String what, String text) {
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
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the " + what + " is not UTF-8 once its percent-escapes are decoded");
        }
    }

    private static boolean isUtf8(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT).replace("\"", "");
        return !lower.contains("charset=") || lower.contains("charset=utf-8") || lower.contains("charset=utf8");
    }

    private static Optional<String> unknownCharset(String contentType) {
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

    /** The request with its body already read into memory. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8));
        }
    }
}
