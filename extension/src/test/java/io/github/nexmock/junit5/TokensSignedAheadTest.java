package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * A token signed ahead goes to a test only while it is fresh, so that its {@code iat} is when the test asked for it
 * within {@link TokensSignedAhead#FRESH}; the clock here is the test's, and signing runs on the calling thread.
 */
class TokensSignedAheadTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T12:00:00Z"));
    private final List<Runnable> background = new ArrayList<>();
    private final Executor queued = background::add;
    private int signed;

    private NexmoToken sign(Instant at) {
        signed++;
        return new NexmoToken("token-" + signed, "app", "alice", at, null, at.plusSeconds(900), null, Map.of(), null);
    }

    private void runBackground() {
        List<Runnable> tasks = List.copyOf(background);
        background.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void signsAheadOnlyOnceASpecIsAskedForASecondTime() {
        TokensSignedAhead ahead = new TokensSignedAhead();

        assertThat(ahead.askedAgain()).isFalse();
        assertThat(ahead.askedAgain()).isTrue();
        assertThat(ahead.askedAgain()).isTrue();
    }

    @Test
    void keepsReadyTokensSignedAndHandsOutTheOldestWhileFresh() {
        TokensSignedAhead ahead = new TokensSignedAhead();
        ahead.refill(queued, clock, this::sign);
        runBackground();
        assertThat(signed).isEqualTo(TokensSignedAhead.READY);

        clock.advance(Duration.ofMillis(999));
        NexmoToken first = ahead.takeFresh(clock.instant());
        NexmoToken second = ahead.takeFresh(clock.instant());

        assertThat(first.value()).isEqualTo("token-1");
        assertThat(second.value()).isEqualTo("token-2");
        assertThat(ahead.takeFresh(clock.instant())).as("all taken").isNull();
    }

    @Test
    void dropsTokensSignedAheadOnceTheyAreNoLongerFreshAsAfterASlowTest() {
        TokensSignedAhead ahead = new TokensSignedAhead();
        ahead.refill(queued, clock, this::sign);
        runBackground();

        clock.advance(TokensSignedAhead.FRESH);

        assertThat(ahead.takeFresh(clock.instant()))
                .as("a token signed %s before the test asked", TokensSignedAhead.FRESH)
                .isNull();
        ahead.refill(queued, clock, this::sign);
        runBackground();
        assertThat(ahead.takeFresh(clock.instant()).issuedAt())
                .as("signed again, as of the new time")
                .isEqualTo(clock.instant());
    }

    @Test
    void neverHandsOutATokenSignedAfterTheInstantAskedFor() {
        TokensSignedAhead ahead = new TokensSignedAhead();
        ahead.refill(queued, clock, this::sign);
        runBackground();

        assertThat(ahead.takeFresh(clock.instant().minusMillis(1))).isNull();
    }

    @Test
    void startsOneRefillAtATimeAndTopsUpToReadyOnly() {
        TokensSignedAhead ahead = new TokensSignedAhead();
        ahead.refill(queued, clock, this::sign);
        ahead.refill(queued, clock, this::sign);
        assertThat(background).as("a refill under way is not started twice").hasSize(1);
        runBackground();

        ahead.takeFresh(clock.instant());
        ahead.refill(queued, clock, this::sign);
        runBackground();

        assertThat(signed)
                .as("two signed first, then one to replace the one taken")
                .isEqualTo(3);
    }

    @Test
    void aFailingSignatureLeavesNothingSignedAheadAndAllowsTheNextRefill() {
        TokensSignedAhead ahead = new TokensSignedAhead();
        ahead.refill(queued, clock, at -> {
            throw new IllegalStateException("no key");
        });
        runBackground();
        assertThat(ahead.takeFresh(clock.instant())).isNull();

        ahead.refill(queued, clock, this::sign);
        runBackground();
        assertThat(ahead.takeFresh(clock.instant())).isNotNull();
    }
}
