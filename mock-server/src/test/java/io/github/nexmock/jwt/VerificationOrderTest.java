package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.OTHER_KEYS;
import static io.github.nexmock.jwt.HandMadeTokens.b64;
import static io.github.nexmock.jwt.HandMadeTokens.signed;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.payload;
import static io.github.nexmock.jwt.VerifierFixture.refusal;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A token with several faults always gets the reason of the earliest check, as the contract orders them. */
class VerificationOrderTest {

    private static final String EXPIRED_AND_FUTURE_NBF =
            "\"iat\":" + (NOW_S - 7200) + ",\"jti\":\"j\",\"exp\":" + (NOW_S - 3600) + ",\"nbf\":" + (NOW_S + 600);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"alg\":\"none\",\"crit\":[\"x\"]}              | OTHER | EXPIRED_NBF | UNSUPPORTED_ALGORITHM",
                "{\"alg\":\"RS256\",\"typ\":\"JOSE\"}             | OTHER | EXPIRED_NBF | MALFORMED",
                "{\"alg\":\"RS256\",\"crit\":[\"b64\"]}           | APP   | EXPIRED_NBF | CRITICAL_HEADER",
                "{\"alg\":\"RS256\"}                              | OTHER | WRONG_TYPE  | WRONG_CLAIM_TYPE",
                "{\"alg\":\"RS256\"}                              | OTHER | WRONG_TTL   | WRONG_CLAIM_TYPE",
                "{\"alg\":\"RS256\"}                              | OTHER | TTL         | TTL_CLAIM",
                "{\"alg\":\"RS256\"}                              | OTHER | EXPIRED_NBF | BAD_SIGNATURE",
                "{\"alg\":\"RS256\"}                              | APP   | EXPIRED_NBF | NOT_YET_VALID",
                "{\"alg\":\"RS256\"}                              | APP   | NO_IAT_JTI  | MISSING_CLAIM",
                "{\"alg\":\"RS256\"}                              | APP   | USER_NO_ACL | UNSAFE_PATH",
            })
    void earliestCheckDecides(String header, String key, String payloadKind, Reason expected) {
        String members =
                switch (payloadKind) {
                    case "EXPIRED_NBF" -> EXPIRED_AND_FUTURE_NBF;
                    case "WRONG_TYPE" -> EXPIRED_AND_FUTURE_NBF + ",\"sub\":7";
                    case "WRONG_TTL" -> EXPIRED_AND_FUTURE_NBF + ",\"sub\":7,\"ttl\":900";
                    case "TTL" -> EXPIRED_AND_FUTURE_NBF + ",\"ttl\":900";
                    case "USER_NO_ACL" -> "\"iat\":" + (NOW_S - 10) + ",\"jti\":\"j\",\"sub\":\"alice\"";
                    default -> "\"exp\":" + (NOW_S - 3600);
                };
        String token = signed(
                header,
                payload(members),
                "APP".equals(key) ? HandMadeTokens.APP_KEYS.getPrivate() : OTHER_KEYS.getPrivate());

        JwtRejectedException refusal = refusal(verifier(), token, "GET", "/v1/../x");

        assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(expected);
    }

    @Test
    void sizeIsCheckedBeforeStructure() {
        String garbage = b64("x").repeat(5000);
        assertThat(refusal(verifier(), garbage, "GET", "/").reason()).isEqualTo(Reason.TOKEN_TOO_LARGE);
    }
}
