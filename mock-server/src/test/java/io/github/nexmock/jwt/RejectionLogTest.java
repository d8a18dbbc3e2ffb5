package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectionLogTest {

    @Test
    void keepsOnlyTheLatestEntriesAndReadsSinceAMark() {
        RejectionLog log = new RejectionLog(3);
        log.add(rejection(Reason.MISSING_TOKEN));
        long mark = log.mark();
        for (Reason reason :
                new Reason[] {Reason.MALFORMED, Reason.EXPIRED, Reason.BAD_SIGNATURE, Reason.ACL_MISSING}) {
            log.add(rejection(reason));
        }

        assertThat(log.all())
                .extracting(Rejection::reason)
                .containsExactly(Reason.EXPIRED, Reason.BAD_SIGNATURE, Reason.ACL_MISSING);
        assertThat(log.since(mark))
                .extracting(Rejection::reason)
                .containsExactly(Reason.EXPIRED, Reason.BAD_SIGNATURE, Reason.ACL_MISSING);
        assertThat(log.since(log.mark())).isEmpty();
    }

    @Test
    void clearingKeepsMarksMeaningful() {
        RejectionLog log = new RejectionLog();
        log.add(rejection(Reason.MISSING_TOKEN));
        long mark = log.mark();
        log.clear();
        log.add(rejection(Reason.MALFORMED));

        assertThat(log.since(mark)).extracting(Rejection::reason).containsExactly(Reason.MALFORMED);
    }

    private static Rejection rejection(Reason reason) {
        return new Rejection(Instant.EPOCH, "GET", "/v1/users", reason, "detail", Map.of("jti", "1"));
    }
}
