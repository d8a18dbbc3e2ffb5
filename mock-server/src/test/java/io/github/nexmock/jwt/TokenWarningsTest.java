package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.signed;
import static io.github.nexmock.jwt.VerifierFixture.NOW;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.accepted;
import static io.github.nexmock.jwt.VerifierFixture.payload;
import static io.github.nexmock.jwt.VerifierFixture.refusal;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What Nexmo accepts but is probably a mistake: accepted, with a {@link TokenWarning} each. The lifetime rule is that of
 * support article 360000958407; iat as required is the authentication guide's.
 */
class TokenWarningsTest {

    private static final Instant DAY_AFTER_IAT = NOW.plus(Duration.ofHours(24));

    private static String token(String members) {
        return signed(payload("\"jti\":\"j\"" + members));
    }

    @Test
    void readsAStringOfDigitsAsExpInEpochSecondsAndFlagsIt() {
        VerifiedToken whole = accepted(token(",\"iat\":" + NOW_S + ",\"exp\":\"" + (NOW_S + 600) + "\""));
        VerifiedToken fraction = accepted(token(",\"iat\":" + NOW_S + ",\"exp\":\"" + (NOW_S + 600) + ".25\""));
        VerifiedToken millis = accepted(token(",\"iat\":" + NOW_S + ",\"exp\":\"" + NOW.toEpochMilli() + "\""));

        assertThat(whole.expiresAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(whole.warnings()).extracting(TokenWarning::code).containsExactly(TokenWarning.Code.EXP_AS_STRING);
        assertThat(fraction.expiresAt()).isEqualTo(NOW.plusMillis(600_250));
        assertThat(millis.expiresAt()).isEqualTo(DAY_AFTER_IAT);
        assertThat(millis.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_IN_MILLISECONDS, TokenWarning.Code.EXP_AS_STRING);
    }

    @Test
    void tellsMillisecondsFromSecondsAtTheYear5138() {
        long threshold = TokenLifetime.MILLISECONDS_THRESHOLD;

        assertThat(accepted(token(",\"iat\":" + NOW_S + ",\"exp\":" + threshold))
                        .warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_BEYOND_24_HOURS);
        assertThat(accepted(token(",\"iat\":" + NOW_S + ",\"exp\":" + (threshold + 1)))
                        .warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_IN_MILLISECONDS);
    }

    @Test
    void saysWhatTheMillisecondsMeantAndWhenTheTokenReallyEnds() {
        long millis = NOW.plus(Duration.ofHours(1)).toEpochMilli();

        VerifiedToken verified = accepted(token(",\"iat\":" + NOW_S + ",\"exp\":" + millis));

        assertThat(verified.warnings())
                .singleElement()
                .extracting(TokenWarning::message)
                .asString()
                .isEqualTo("exp " + millis + " looks like milliseconds (2026-11-22T11:00:00Z; as seconds, about the"
                        + " year 58862); JWT times are epoch seconds, and Nexmo stops honouring the token 24 h after"
                        + " iat, at " + DAY_AFTER_IAT);
        assertThat(verified.expiresAt()).isEqualTo(DAY_AFTER_IAT);
    }

    @Test
    void anExpAtTheEndOfTimeIsStillAWarningNotAFailure() {
        VerifiedToken verified = accepted(token(",\"iat\":" + NOW_S + ",\"exp\":" + Instant.MAX.getEpochSecond()));

        assertThat(verified.expiresAt()).isEqualTo(DAY_AFTER_IAT);
        assertThat(verified.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_IN_MILLISECONDS);
    }

    // Support article 360000958407: exp without iat works until exp, however far.
    @Test
    void withoutIatAnExpInMillisecondsIsHonouredAsItIsWithTwoWarnings() {
        long millis = NOW.toEpochMilli();

        VerifiedToken verified = accepted(token(",\"exp\":" + millis));

        assertThat(verified.expiresAt()).isEqualTo(Instant.ofEpochSecond(millis));
        assertThat(verified.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.NO_IAT, TokenWarning.Code.EXP_IN_MILLISECONDS);
    }

    @Test
    void aTokenRefusedOnlyByItsAclStillCarriesItsWarnings() {
        String token = token(",\"iat\":" + NOW_S + ",\"exp\":" + (NOW_S + 90_000) + ",\"sub\":\"alice\","
                + "\"acl\":\"/*/users/**\"");

        JwtRejectedException refused = refusal(verifier(), token, "GET", "/v1/calls");

        assertThat(refused.reason()).isEqualTo(Reason.ACL_DENIES_PATH);
        assertThat(refused.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_BEYOND_24_HOURS, TokenWarning.Code.ACL_AS_STRING);
        assertThat(refusal(token(",\"iat\":" + (NOW_S - 86_400) + ",\"exp\":" + (NOW_S + 60)))
                        .warnings())
                .isEmpty();
    }

    @Test
    void aSoundTokenHasNoWarnings() {
        assertThat(accepted(token(",\"iat\":" + NOW_S + ",\"exp\":" + (NOW_S + 86_400)))
                        .warnings())
                .isEmpty();
        assertThat(accepted(token(",\"iat\":" + NOW_S)).warnings()).isEmpty();
    }
}
