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

/** Steps 11 to 14: iat, nbf, exp and lifetime against a fixed clock (now = 2026-11-22T10:00:00Z, skew 5 s). */
class TokenTimesTest {

    private static String times(long iat, String more) {
        return signed(payload("\"iat\":" + iat + ",\"jti\":\"j\"" + more));
    }

    @Test
    void refusesTokenIssuedInTheFutureBeyondTheSkew() {
        assertRefused(times(NOW_S + 120, ""), Reason.ISSUED_IN_FUTURE,
                "token issued 120 s in the future (iat 2026-11-22T10:02:00Z); allowed clock skew is 5 s");
    }

    @Test
    void forgivesIatWithinTheSkew() {
        assertThat(accepted(times(NOW_S + 5, "")).issuedAt()).isEqualTo(NOW.plusSeconds(5));
        assertRefused(times(NOW_S + 6, ""), Reason.ISSUED_IN_FUTURE, "6 s in the future");
    }

    @Test
    void honoursAConfiguredSkew() {
        JwtVerifier strict = verifier(VerificationPolicy.defaults().withClockSkew(Duration.ZERO));
        JwtRejectedException refusal = refusal(strict, times(NOW_S + 1, ""), "GET", "/v1/users");

        assertThat(refusal.reason()).isEqualTo(Reason.ISSUED_IN_FUTURE);
        assertThat(refusal.getMessage()).endsWith("allowed clock skew is 0 s");
    }

    @Test
    void refusesTokenNotYetValid() {
        assertRefused(times(NOW_S - 10, ",\"nbf\":" + (NOW_S + 60)), Reason.NOT_YET_VALID,
                "token not valid for another 60 s (nbf 2026-11-22T10:01:00Z); allowed clock skew is 5 s");
    }

    @Test
    void forgivesNbfWithinTheSkew() {
        assertThat(accepted(times(NOW_S - 10, ",\"nbf\":" + (NOW_S + 5))).notBefore()).isEqualTo(NOW.plusSeconds(5));
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
        assertThat(accepted(times(NOW_S - 600, ",\"exp\":" + (NOW_S + 1))).expiresAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void expiresTokenWithoutExpFifteenMinutesAfterIat() {
        assertRefused(times(NOW_S - 900, ""), Reason.EXPIRED,
                "token expired 0 s ago (exp 2026-11-22T10:00:00Z, iat + 15 min as the token has no exp)");
        assertThat(accepted(times(NOW_S - 899, "")).expiresAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void refusesLifetimeOverTwentyFourHours() {
        assertRefused(times(NOW_S - 10, ",\"exp\":" + (NOW_S - 10 + 172800)), Reason.LIFETIME_TOO_LONG,
                "token lifetime is 172800 s; Nexmo allows at most 86400 s (24 h)");
    }

    @Test
    void acceptsLifetimeOfExactlyTwentyFourHours() {
        assertThat(accepted(times(NOW_S - 10, ",\"exp\":" + (NOW_S - 10 + 86400))).expiresAt())
                .isEqualTo(NOW.plusSeconds(86390));
        assertRefused(times(NOW_S - 10, ",\"exp\":" + (NOW_S - 10 + 86401)), Reason.LIFETIME_TOO_LONG, "86401 s");
    }

    @Test
    void refusesLifetimeUnderThirtySeconds() {
        assertRefused(times(NOW_S - 1, ",\"exp\":" + (NOW_S + 28)), Reason.LIFETIME_TOO_SHORT,
                "token lifetime is 29 s; Nexmo requires at least 30 s");
        assertThat(accepted(times(NOW_S - 1, ",\"exp\":" + (NOW_S + 29))).expiresAt()).isEqualTo(NOW.plusSeconds(29));
    }

    @Test
    void checksExpiryBeforeLifetime() {
        assertRefused(times(NOW_S - 200_000, ",\"exp\":" + (NOW_S - 1)), Reason.EXPIRED, "expired 1 s ago");
    }
}
