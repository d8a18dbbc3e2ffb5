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
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A servlet filter in front of WireMock that answers the requests WireMock itself cannot parse (it fails with a 500
 * before any extension runs) with a 400 problem: malformed percent-encoding in the query string or in a form body,
 * and a Content-Type naming an unknown charset. Form bodies are read here once and handed on unchanged.
 */
final class RequestGuardFilter implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Optional<String> problem = malformedEncoding("query string", request.getQueryString())
                .or(() -> unknownCharset(request.getContentType()));
        HttpServletRequest passed = request;
        String contentType = request.getContentType();
        if (problem.isEmpty() && contentType != null
                && contentType.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded")) {
            byte[] body = request.getInputStream().readAllBytes();
            problem = malformedEncoding("form body", new String(body, StandardCharsets.ISO_8859_1));
            passed = new BufferedBodyRequest(request, body);
        }
        if (problem.isPresent()) {
            response.setStatus(400);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.badRequest(request.getRequestURI(), problem.get()).toJson());
            return;
        }
        chain.doFilter(passed, response);
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
