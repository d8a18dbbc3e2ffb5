package io.github.nexmock.junit5;

import static io.github.nexmock.junit5.InjectionTest.verify;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.VerifiedToken;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Tokens of a spec that many tests ask for, which the extension signs ahead on a background thread: each test still
 * gets its own, issued when it asked. That a token signed ahead is dropped once stale is {@link TokensSignedAheadTest}'s,
 * on a clock the test controls.
 */
class RepeatedTokensTest {

    static final List<String> TOKENS = new CopyOnWriteArrayList<>();
    static final List<String> JTIS = new CopyOnWriteArrayList<>();

    @Test
    void everyTestGetsItsOwnValidTokenIssuedWhenItAsked() {
        TOKENS.clear();
        JTIS.clear();

        Engine.assertAllPassed(Engine.run(Repeated.class), Repeated.TESTS);

        assertThat(TOKENS).hasSize(Repeated.TESTS).doesNotHaveDuplicates();
        assertThat(JTIS).hasSize(Repeated.TESTS).doesNotHaveDuplicates();
    }

    @NexmoTest
    static class Repeated {

        static final int TESTS = 8;

        private Instant askedAt;

        @BeforeEach
        void rememberWhenTheTokenIsAskedFor() {
            askedAt = Instant.now(); // parameters are resolved after @BeforeEach methods
        }

        @RepeatedTest(TESTS)
        void test(
                RepetitionInfo repetition,
                NexmoEnvironment nexmo,
                @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) NexmoToken token) {
            VerifiedToken verified = verify(nexmo, token.value());
            assertThat(verified.subject()).isEqualTo("alice");
            assertThat(token.issuedAt().getEpochSecond())
                    .as("iat of test %d, asked for at %s", repetition.getCurrentRepetition(), askedAt)
                    .isGreaterThanOrEqualTo(
                            askedAt.minus(TokensSignedAhead.FRESH).getEpochSecond())
                    .isLessThanOrEqualTo(Instant.now().getEpochSecond());
            TOKENS.add(token.value());
            JTIS.add(verified.jti());
        }
    }
}
