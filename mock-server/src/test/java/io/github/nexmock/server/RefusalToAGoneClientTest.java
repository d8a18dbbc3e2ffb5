package io.github.nexmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The 413, 408 and 503 refusals of a body being read complete the request's asynchronous cycle even when the client
 * is already gone and writing the answer fails; otherwise Jetty would keep the request open until the server stops.
 * The servlet container is played by hand here: a gone client cannot be timed over a real socket without a race.
 */
class RefusalToAGoneClientTest {

    private static final byte[] TWENTY_BYTES = new byte[20];

    private final AtomicInteger completions = new AtomicInteger();
    private final List<Integer> statuses = new ArrayList<>();
    private ReadListener reader;

    @Test
    void aTooLargeBodyCompletesTheRequestWhenTheAnswerCannotBeWritten() throws Exception {
        read(new RequestGuardFilter(new HttpLimits(10, Duration.ofSeconds(30), 0), new BodyBudget(1000)));

        assertThat(statuses).containsExactly(413);
        assertThat(completions).hasValue(1);
    }

    @Test
    void aBodyOverTheBudgetCompletesTheRequestWhenTheAnswerCannotBeWritten() throws Exception {
        read(new RequestGuardFilter(new HttpLimits(1000, Duration.ofSeconds(30), 0), new BodyBudget(5)));

        assertThat(statuses).containsExactly(503);
        assertThat(completions).hasValue(1);
    }

    @Test
    void aTooSlowBodyCompletesTheRequestWhenTheAnswerCannotBeWritten() throws Exception {
        // no grace time, and a rate no body can reach once a millisecond has passed
        RequestGuardFilter filter = new RequestGuardFilter(
                new HttpLimits(1000, Duration.ZERO, Long.MAX_VALUE / 1000), new BodyBudget(1000));
        filter.doFilter(request(), response(), (request, response) -> {});
        long started = System.nanoTime();
        while (System.nanoTime() - started < 2_000_000) {
            Thread.onSpinWait(); // the reader measured its start before this one
        }
        reader.onDataAvailable();

        assertThat(statuses).containsExactly(408);
        assertThat(completions).hasValue(1);
    }

    private void read(RequestGuardFilter filter) throws Exception {
        filter.doFilter(request(), response(), (request, response) -> {});
        reader.onDataAvailable();
    }

    /** A chunked POST whose twenty body bytes are all there to read. */
    private HttpServletRequest request() {
        AsyncContext async = proxy(AsyncContext.class, (method, args) -> {
            if (method.equals("complete")) {
                completions.incrementAndGet();
            }
            return null;
        });
        ServletInputStream in = new ServletInputStream() {
            private int position;

            @Override
            public boolean isFinished() {
                return position == TWENTY_BYTES.length;
            }

            @Override
            public boolean isReady() {
                return !isFinished();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                reader = listener;
            }

            @Override
            public int read() {
                return isFinished() ? -1 : TWENTY_BYTES[position++];
            }
        };
        return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getDispatcherType" -> DispatcherType.REQUEST;
            case "getMethod" -> "POST";
            case "getProtocol" -> "HTTP/1.1";
            case "getRequestURI" -> "/v1/users";
            case "getContentLengthLong" -> -1L;
            case "getHeader" -> "Transfer-Encoding".equals(args[0]) ? "chunked" : null;
            case "startAsync" -> async;
            case "getInputStream" -> in;
            default -> null;
        });
    }

    /** A response to a client that has gone: every write fails. */
    private HttpServletResponse response() {
        ServletOutputStream gone = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) throws IOException {
                throw new IOException("the client is gone");
            }
        };
        return proxy(HttpServletResponse.class, (method, args) -> {
            if (method.equals("setStatus")) {
                statuses.add((Integer) args[0]);
            }
            return method.equals("getOutputStream") ? gone : null;
        });
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object value = answer.of(method.getName(), args);
            if (value == null && method.getReturnType() == boolean.class) {
                return false;
            }
            return value;
        }));
    }
}
