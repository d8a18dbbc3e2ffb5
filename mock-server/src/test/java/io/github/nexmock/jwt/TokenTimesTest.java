package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.signed;
import static io.github.nexmock.jwt.VerifierFixture.NOW;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.accepted;
import static io.github.nexmock.jwt.VerifierFixture.assertRefused;
import static io.github.nexmock.jwt.VerifierFixture.payload;
import static io.github.nexmock.jwt.VerifierFixture.refusal;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * iat, nbf, exp and lifetime against a fixed clock (now = 2026-11-22T10:00:00Z, skew 5 s). The lifetime rule is that of
 * Vonage's support article 360000958407; the 30 s minimum is the authentication guide's.
 */
class TokenTimesTest {

    private static String times(long iat, String more) {
        return signed(payload("\"iat\":" + iat + ",\"jti\":\"j\"" + more));
    }

    // No source states what Nexmo does with an iat in the future (the authentication guide defines iat as the moment
    // the token was requested, nothing more; RFC 7519 section 4.1.6 asks no check of it): accepted and flagged, as
    // docs/platform-rules.md records. Such a token is still honoured only until the earliest of exp and iat + 24 h.
    @Test
    void acceptsTokenIssuedInTheFutureBeyondTheSkewWithAWarning() {
        VerifiedToken token = accepted(times(NOW_S + 120, ""));

        assertThat(token.warnings()).extracting(TokenWarning::code).containsExactly(TokenWarning.Code.IAT_IN_FUTURE);
        assertThat(token.warnings().get(0).message())
                .startsWith("iat 2026-11-22T10:02:00Z is 120 s ahead of this server's clock (allowed skew 5 s)");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(120 + 900));
    }

    @Test
    void warnsOfIatOnlyBeyondTheSkew() {
        assertThat(accepted(times(NOW_S + 5, "")).warnings()).isEmpty();
        assertThat(accepted(times(NOW_S + 6, "")).warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.IAT_IN_FUTURE);
    }

    @Test
    void honoursAConfiguredSkew() {
        JwtVerifier strict = verifier(VerificationPolicy.defaults().withClockSkew(Duration.ZERO));
        VerifiedToken token = strict.verify(times(NOW_S + 1, ""), "GET", "/v1/users");

        assertThat(token.warnings())
                .extracting(TokenWarning::message)
                .singleElement()
                .asString()
                .contains("is 1 s ahead of this server's clock (allowed skew 0 s)");
    }

    @Test
    void refusesTokenNotYetValid() {
        assertRefused(
                times(NOW_S - 10, ",\"nbf\":" + (NOW_S + 60)),
                Reason.NOT_YET_VALID,
                "token not valid for another 60 s (nbf 2026-11-22T10:01:00Z); allowed clock skew is 5 s");
    }

    @Test
    void forgivesNbfWithinTheSkew() {
        assertThat(accepted(times(NOW_S - 10, ",\"nbf\":" + (NOW_S + 5))).notBefore())
                .isEqualTo(NOW.plusSeconds(5));
        assertRefused(times(NOW_S - 10, ",\"nbf\":" + (NOW_S + 6)), Reason.NOT_YET_VALID, "6 s");
    }

    @Test
    void refusesExpiredToken() {
        JwtRejectedException refusal = refusal(times(NOW_S - 600, ",\"exp\":" + (NOW_S - 61)));

        assertThat(refusal.reason()).isEqualTo(Reason.EXPIRED);
        assertThat(refusal.reason().code()).isEqualTo("system:error:expired-token");
        assertThat(refusal.getMessage()).isEqualTo("token expired 61 s ago (exp 2026-11-22T09:58:59Z)");
    }

    @Test
    void givesNoSkewOnExpiry() {
        assertRefused(times(NOW_S - 600, ",\"exp\":" + NOW_S), Reason.EXPIRED, "expired 0 s ago");
        assertThat(accepted(times(NOW_S - 600, ",\"exp\":" + (NOW_S + 1))).expiresAt())
                .isEqualTo(NOW.plusSeconds(1));
    }

    // Support article 360000958407 ("How long is my JSON Web Token valid for?"): without exp, 15 min after iat.
    @Test
    void expiresTokenWithoutExpFifteenMinutesAfterIat() {
        assertRefused(
                times(NOW_S - 900, ""),
                Reason.EXPIRED,
                "token expired 0 s ago (15 min after iat, no exp, at 2026-11-22T10:00:00Z)");
        assertThat(accepted(times(NOW_S - 899, "")).expiresAt()).isEqualTo(NOW.plusSeconds(1));
    }

    // Support article 360000958407: exp may be set as one wishes, but Vonage honours a token at most 24 h after iat.
    // This test's expectation was LIFETIME_TOO_LONG before; the platform accepts such a token.
    @Test
    void acceptsExpBeyondTwentyFourHoursUntilTwentyFourHoursAfterIat() {
        VerifiedToken token = accepted(times(NOW_S - 10, ",\"exp\":" + (NOW_S - 10 + 172800)));

        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(86390));
        assertThat(token.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_BEYOND_24_HOURS);
    }

    // Support article 360000958407: the 24 h after iat end the token whatever exp says.
    @Test
    void expiresTwentyFourHoursAfterIatWhateverExpSays() {
        assertRefused(
                times(NOW_S - 86400, ",\"exp\":" + (NOW_S + 3600)),
                Reason.EXPIRED,
                "token expired 0 s ago (24 h after iat, at 2026-11-22T10:00:00Z; Nexmo honours a token at most 24 h"
                        + " after iat, whatever exp says)");
        assertThat(accepted(times(NOW_S - 86399, ",\"exp\":" + (NOW_S + 3600))).expiresAt())
                .isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void acceptsLifetimeOfExactlyTwentyFourHoursWithoutWarning() {
        VerifiedToken token = accepted(times(NOW_S - 10, ",\"exp\":" + (NOW_S - 10 + 86400)));

        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(86390));
        assertThat(token.warnings()).isEmpty();
    }

    // Support article 360000958407: with exp and no iat the token works until exp. The authentication guide marks iat
    // required, so the mock accepts and warns.
    @Test
    void acceptsExpWithoutIatUntilExpAndWarns() {
        String token = signed(payload("\"jti\":\"j\",\"exp\":" + (NOW_S + 1)));

        VerifiedToken verified = accepted(token);
        assertThat(verified.issuedAt()).isNull();
        assertThat(verified.expiresAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(verified.warnings()).extracting(TokenWarning::code).containsExactly(TokenWarning.Code.NO_IAT);
        assertRefused(
                signed(payload("\"jti\":\"j\",\"exp\":" + NOW_S)),
                Reason.EXPIRED,
                "token expired 0 s ago (exp 2026-11-22T10:00:00Z)");
    }

    // The authentication guide: a token lives at least 30 s.
    @Test
    void refusesLifetimeUnderThirtySeconds() {
        assertRefused(
                times(NOW_S - 1, ",\"exp\":" + (NOW_S + 28)),
                Reason.LIFETIME_TOO_SHORT,
                "token lifetime is 29 s; Nexmo requires at least 30 s");
        assertThat(accepted(times(NOW_S - 1, ",\"exp\":" + (NOW_S + 29))).expiresAt())
                .isEqualTo(NOW.plusSeconds(29));
    }

    @Test
    void checksExpiryBeforeLifetime() {
        assertRefused(times(NOW_S - 20, ",\"exp\":" + (NOW_S - 1)), Reason.EXPIRED, "expired 1 s ago");
    }
}
