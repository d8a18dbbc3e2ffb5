package io.github.nexmock.server;

import io.github.nexmock.api.Problem;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * A servlet filter in front of WireMock that reads each request body within a size limit and answers the requests
 * WireMock itself cannot parse (it fails with a 500 before any extension runs) with a 400 problem: a method name not in
 * upper case, malformed percent-encoding in the query string or in a form body, a form body that is not UTF-8 once
 * decoded, a Content-Type naming an unknown charset, a body shorter than its Content-Length (the client stopped
 * sending), and a multipart body WireMock cannot parse.
 * <p>
 * Bodies are read without blocking a thread (servlet non-blocking I/O), so a client that sends its body slowly holds a
 * connection but no thread; the idle timeout and the minimum data rate of {@link HttpLimits} end it with a 408. A body
 * over the limit is refused with a 413 as soon as its Content-Length or its bytes so far pass the limit, and so is a
 * gzip body that inflates past it (WireMock inflates gzip bodies whole): the rest is never read, and the connection is
 * closed. A body within the limit is handed on unchanged, from memory. Bodies being read, on all connections together,
 * hold at most a {@link BodyBudget}; a body that would pass it gets a 503 with {@code Retry-After}.
 *
 * <p>Over 250 lines because the asynchronous body read ({@code BodyReader}) shares the filter's limits, budget and
 * answers; the checks on the request line and form body are {@link RequestChecks}.
 */
final class RequestGuardFilter implements Filter {

    private static final String BODY = RequestGuardFilter.class.getName() + ".body";
    private static final String READ_IN = RequestGuardFilter.class.getName() + ".context";

    private final long maxBodyBytes;
    private final long minDataRate;
    private final long rateGraceNanos;
    private final BodyBudget budget;

    /** A guard applying {@code limits} to bodies, holding them within {@code budget} (shared by guards). */
    RequestGuardFilter(HttpLimits limits, BodyBudget budget) {
        this.maxBodyBytes = limits.maxBodyBytes();
        this.minDataRate = limits.minRequestDataRate();
        this.rateGraceNanos = limits.idleTimeout().toNanos();
        this.budget = budget;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            if (request.getAttribute(READ_IN) instanceof ServletContext readIn
                    && readIn != request.getServletContext()) {
                // WireMock's HandlerCollection offers the re-dispatch to each of its contexts: the admin API's request
                // would reach the stubs too. Only the context whose filter read the body serves it.
                return;
            }
            Object body = request.getAttribute(BODY);
            request.removeAttribute(BODY);
            if (body instanceof byte[] bytes) {
                try {
                    pass(request, response, chain, bytes);
                } finally {
                    budget.give(bytes.length);
                }
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<String> problem = RequestChecks.lowerCaseMethod(request.getMethod())
                .or(() -> RequestChecks.malformedEncoding("query string", request.getQueryString()))
                .or(() -> RequestChecks.unknownCharset(request.getContentType()));
        if (problem.isPresent()) {
            answer(request, response, 400, problem.get());
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            refuseTooLarge(request, response, "its Content-Length is " + declared + " bytes");
            return;
        }
        if (declared == 0 || declared < 0 && cannotHaveBody(request)) {
            pass(request, response, chain, new byte[0]);
            return;
        }
        request.setAttribute(READ_IN, request.getServletContext());
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the connection's idle timeout and minimum data rate bound the wait
        ServletInputStream in = request.getInputStream();
        in.setReadListener(new BodyReader(request, response, async, in));
    }

    /** An HTTP/1 request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112, section 6.3). */
    private static boolean cannotHaveBody(HttpServletRequest request) {
        return request.getProtocol().startsWith("HTTP/1") && request.getHeader("Transfer-Encoding") == null;
    }

    /** Checks a complete body and hands the request on with it. */
    private void pass(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
            throws IOException, ServletException {
        OptionalLong inflated = gzipInflatedLength(request, body);
        if (inflated.isPresent() && inflated.getAsLong() < 0) {
            answer(
                    request,
                    response,
                    400,
                    "the request body is not gzip, though its Content-Encoding or first bytes" + " say so");
            return;
        }
        if (inflated.isPresent() && inflated.getAsLong() > maxBodyBytes) {
            refuseTooLarge(request, response, "it inflates (gzip) to more than " + maxBodyBytes + " bytes");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded")) {
            String form = new String(body, StandardCharsets.ISO_8859_1);
            Optional<String> problem = RequestChecks.malformedEncoding("form body", form)
                    .or(() -> RequestChecks.isUtf8(contentType)
                            ? RequestChecks.notUtf8("form body", form)
                            : Optional.empty());
            if (problem.isPresent()) {
                answer(request, response, 400, problem.get());
                return;
            }
        }
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), response);
        } catch (Exception failure) { // WireMock rethrows the parser's checked exception undeclared
            if (!isMultipart(request.getContentType()) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            answer(request, response, 400, "the multipart body cannot be read: " + rootMessage(failure));
        }
    }

    /**
     * WireMock inflates a body declared gzip, or starting with gzip's magic bytes, whole into memory (and fails on one
     * that is not gzip): such a body is inflated here first, counting, and only up to one byte past the limit.
     *
     * @return empty for a body WireMock takes as it is; its inflated length, at most the limit plus one; -1 when it
     *         does not inflate
     */
    private OptionalLong gzipInflatedLength(HttpServletRequest request, byte[] body) {
        String encoding = request.getHeader("Content-Encoding");
        boolean declared = encoding != null && encoding.strip().equalsIgnoreCase("gzip");
        boolean magic = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (body.length == 0 || !declared && !magic) {
            return OptionalLong.empty();
        }
        long inflated = 0;
        byte[] scratch = new byte[8192];
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            for (int n; inflated <= maxBodyBytes && (n = in.read(scratch)) >= 0; ) {
                inflated += n;
            }
        } catch (IOException notGzip) {
            return OptionalLong.of(-1);
        }
        return OptionalLong.of(inflated);
    }

    private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, String what)
            throws IOException {
        response.setHeader("Connection", "close"); // the rest of the body is not read
        answer(
                request,
                response,
                413,
                "the request body is too large: " + what + "; the limit is " + maxBodyBytes + " bytes");
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        send(response, Problem.httpLayer(status, request.getRequestURI(), detail));
    }

    /** Writes a problem as the whole response, typed {@value Problem#MEDIA_TYPE} exactly as the APIs type theirs. */
    static void send(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setHeader("Content-Type", Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Collects a body as its bytes arrive, on whichever thread Jetty calls back on; once complete, dispatches the
     * request again (as {@link DispatcherType#ASYNC}) with the body as an attribute.
     */
    private final class BodyReader implements ReadListener {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private final long started = System.nanoTime();
        private boolean done;

        BodyReader(
                HttpServletRequest request, HttpServletResponse response, AsyncContext async, ServletInputStream in) {
            this.request = request;
            this.response = response;
            this.async = async;
            this.in = in;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!done && in.isReady()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                if (body.size() + (long) n > maxBodyBytes) {
                    end();
                    refuse(() -> refuseTooLarge(request, response, "more than " + maxBodyBytes + " bytes arrived"));
                    return;
                }
                if (tooSlow(body.size() + (long) n)) {
                    end();
                    long arrived = body.size() + (long) n;
                    refuse(() -> {
                        response.setHeader("Connection", "close");
                        answer(
                                request,
                                response,
                                408,
                                "the request body arrived too slowly: " + arrived + " bytes in "
                                        + Duration.ofNanos(System.nanoTime() - started)
                                                .toSeconds()
                                        + " s; the minimum is " + minDataRate + " bytes per second");
                    });
                    return;
                }
                if (!budget.takeOrRelease(n, body.size())) {
                    done = true; // what the body held went back with the refusal
                    refuse(() -> {
                        response.setHeader("Connection", "close");
                        response.setHeader("Retry-After", "1");
                        answer(
                                request,
                                response,
                                503,
                                "the server holds as many request bodies as it has memory for (" + budget.limit()
                                        + " bytes); send this request again in a moment");
                    });
                    return;
                }
                body.write(buffer, 0, n);
            }
        }

        @Override
        public void onAllDataRead() {
            if (!done) {
                done = true; // the budget taken is given back once the request has been served
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        /** Whether {@code arrived} bytes, the body still incomplete, are under the minimum rate past the grace time. */
        private boolean tooSlow(long arrived) {
            long elapsed = System.nanoTime() - started;
            long announced = request.getContentLengthLong();
            return minDataRate > 0
                    && elapsed > rateGraceNanos
                    && arrived != announced
                    && arrived < minDataRate * (elapsed / 1_000_000) / 1000;
        }

        /**
         * Writes a refusal and completes the request whatever happens: a client that is gone makes the write fail, and
         * a request never completed would hold its connection's state until the server stops.
         */
        private void refuse(Refusal refusal) {
            try {
                refusal.write();
            } catch (IOException | RuntimeException gone) {
                // the client is gone; nothing more to tell it
            } finally {
                async.complete();
            }
        }

        /** Stops reading and gives back what the body took from the budget. */
        private void end() {
            done = true;
            budget.give(body.size());
        }

        @Override
        public void onError(Throwable failure) {
            if (done) {
                return;
            }
            end();
            try {
                if (!response.isCommitted()) {
                    response.setHeader("Connection", "close");
                    if (failure instanceof EOFException) {
                        long announced = request.getContentLengthLong();
                        answer(
                                request,
                                response,
                                400,
                                announced < 0
                                        ? "the request body ended before its last chunk"
                                        : "the request body ended before the " + announced
                                                + " bytes its Content-Length announced");
                    } else if (failure instanceof TimeoutException) {
                        answer(request, response, 408, "the request body stopped arriving: " + failure.getMessage());
                    } else {
                        answer(request, response, 400, "the request body cannot be read: " + failure.getMessage());
                    }
                }
            } catch (IOException | RuntimeException unwritable) {
                failure.addSuppressed(unwritable); // the client is gone; nothing more to tell it
            } finally {
                async.complete();
            }
        }
    }

    /** Writes a refusal's answer. */
    @FunctionalInterface
    private interface Refusal {
        void write() throws IOException;
    }

    /** WireMock parses multipart bodies while logging and matching, and fails with a 500 on a broken one. */
    private static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
