package io.github.nexmock.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes an HTTP/1 connection whose request line and headers are still arriving after a deadline. Jetty's idle timeout
 * only ends a connection that sends nothing; one byte of header now and then keeps it open, and Jetty has no minimum
 * data rate for headers. A trickled head holds no thread, but it holds a connection (a file descriptor) for as long as
 * the client likes: this bounds that to between one and two deadlines. Each connection is looked at once per deadline.
 */
final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final long deadlineMillis;

    HeaderDeadline(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.deadlineMillis = deadline.toMillis();
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            new Watch(http).schedule();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        // a watch finds its connection closed at its next look, and stops
    }

    /** Looks at one connection once per deadline: a head in progress at two looks in a row is too slow. */
    private final class Watch implements Runnable {

        private final HttpConnection http;
        private long headStartedBefore = -1;

        Watch(HttpConnection http) {
            this.http = http;
        }

        void schedule() {
            scheduler.schedule(this, deadlineMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            if (!http.getEndPoint().isOpen()) {
                return;
            }
            // read outside the selector thread: a stale value only moves the close to the next look
            boolean inHead = !http.getParser().isStart() && http.getParser().inHeaderState();
            long request = http.getMessagesIn();
            if (inHead && request == headStartedBefore) {
                http.getEndPoint().close();
                return;
            }
            headStartedBefore = inHead ? request : -1;
            schedule();
        }
    }
}
