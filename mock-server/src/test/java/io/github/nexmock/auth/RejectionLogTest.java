package io.github.nexmock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectionLogTest {

    @Test
    void keepsOnlyTheLatestEntriesAndReadsSinceAMark() {
        RejectionLog log = new RejectionLog(3);
        log.add(rejection("a"));
        long mark = log.mark();
        for (String reason : new String[] {"b", "c", "d", "e"}) {
            log.add(rejection(reason));
        }

        assertThat(log.all()).extracting(Rejection::reason).containsExactly("c", "d", "e");
        assertThat(log.since(mark)).extracting(Rejection::reason).containsExactly("c", "d", "e");
        assertThat(log.since(log.mark())).isEmpty();
    }

    @Test
    void clearingKeepsMarksMeaningful() {
        RejectionLog log = new RejectionLog();
        log.add(rejection("a"));
        long mark = log.mark();
        log.clear();
        log.add(rejection("b"));

        assertThat(log.since(mark)).extracting(Rejection::reason).containsExactly("b");
    }

    private static Rejection rejection(String reason) {
        return new Rejection(Instant.EPOCH, "GET", "/v1/users", reason, "detail", Map.of("jti", "1"));
    }
}
