package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code /__admin/nexmock/rejections?since=} and {@code warnings?since=} hand out a page and the mark to ask from next
 * time: read at once, so a client paging by marks sees every entry exactly once, even one recorded while a page is
 * being read.
 */
class LogPagesTest {

    @Test
    void anEntryRecordedWhileAPageIsReadIsInThatPageOrTheNextNeverInBoth() throws Exception {
        RejectionLog log = new RejectionLog();
        log.add(rejection(Reason.MISSING_TOKEN));
        MarkedLog.Page<Rejection> first = log.page(0);

        // the reader asks for its page while a writer holds the log (its monitor), and gets it once the entry is in
        AtomicReference<MarkedLog.Page<Rejection>> read = new AtomicReference<>();
        Thread reader = new Thread(() -> read.set(log.page(first.mark())));
        synchronized (log) {
            reader.start();
            while (reader.getState() != Thread.State.BLOCKED) {
                Thread.onSpinWait();
            }
            log.add(rejection(Reason.MALFORMED));
        }
        reader.join();
        MarkedLog.Page<Rejection> second = read.get();
        log.add(rejection(Reason.EXPIRED));
        MarkedLog.Page<Rejection> third = log.page(second.mark());

        List<Reason> seen = new ArrayList<>();
        for (MarkedLog.Page<Rejection> page : List.of(first, second, third)) {
            page.entries().forEach(entry -> seen.add(entry.reason()));
        }
        assertThat(seen).containsExactly(Reason.MISSING_TOKEN, Reason.MALFORMED, Reason.EXPIRED);
        assertThat(List.of(first.mark(), second.mark(), third.mark())).containsExactly(1L, 2L, 3L);
        assertThat(log.page(third.mark()).entries()).isEmpty();
    }

    private static Rejection rejection(Reason reason) {
        return new Rejection(Instant.EPOCH, "GET", "/v1/users", reason, reason.name(), Map.of());
    }
}
