package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.APP_KEYS;
import static io.github.nexmock.jwt.HandMadeTokens.OTHER_KEYS;
import static io.github.nexmock.jwt.HandMadeTokens.RS256_HEADER;
import static io.github.nexmock.jwt.HandMadeTokens.b64;
import static io.github.nexmock.jwt.HandMadeTokens.signed;
import static io.github.nexmock.jwt.VerifierFixture.APP_ID;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.accepted;
import static io.github.nexmock.jwt.VerifierFixture.appPayload;
import static io.github.nexmock.jwt.VerifierFixture.assertRefused;
import static io.github.nexmock.jwt.VerifierFixture.payload;
import static io.github.nexmock.jwt.VerifierFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Steps 7 to 10: claim types, application, signature, required claims. */
class ClaimsAndSignatureTest {

    private static final String TIMES = "\"iat\":" + (NOW_S - 10) + ",\"jti\":\"jti-1\"";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"iat\":\"1700000000\",\"jti\":\"j\"                 | claim iat must be a JSON number of epoch seconds, was a string",
                "\"iat\":true,\"jti\":\"j\"                           | claim iat must be a JSON number of epoch seconds, was a boolean",
                "\"iat\":null,\"jti\":\"j\"                           | claim iat must be a JSON number of epoch seconds, was null",
                "\"iat\":1,\"jti\":\"j\",\"exp\":\"tomorrow\"         | claim exp must be a JSON number of epoch seconds, was a string",
                "\"iat\":1,\"jti\":\"j\",\"exp\":\"1.8e9\"            | claim exp must be a JSON number of epoch seconds, was a string",
                "\"iat\":1,\"jti\":\"j\",\"exp\":\" 1800000000\"      | claim exp must be a JSON number of epoch seconds, was a string",
                "\"iat\":1,\"jti\":\"j\",\"nbf\":\"1800000000\"       | claim nbf must be a JSON number of epoch seconds, was a string",
                "\"iat\":1,\"jti\":\"j\",\"nbf\":[1]                  | claim nbf must be a JSON number of epoch seconds, was an array",
                "\"iat\":1,\"jti\":42                                 | claim jti must be a JSON string, was a number",
                "\"iat\":1,\"jti\":\"j\",\"sub\":{\"name\":\"alice\"} | claim sub must be a JSON string, was an object",
                "\"iat\":1,\"jti\":\"j\",\"exp\":1e300                | claim exp is 1.0E300, outside the range of dates",
                "\"iat\":1,\"jti\":\"j\",\"acl\":\"users/**\"         | claim acl does not have Nexmo's shape",
                "\"iat\":1,\"jti\":\"j\",\"acl\":42                   | acl must be a JSON object or one path glob, was a number",
                "\"iat\":1,\"jti\":\"j\",\"acl\":{\"paths\":[]}       | acl paths must be a JSON object, was an array",
                "\"iat\":1,\"jti\":\"j\",\"acl\":{\"paths\":{\"/**\":{\"methods\":[\"get\"]}}} | acl method 'get' is not one of",
                "\"iat\":1,\"jti\":\"j\",\"acl\":{\"paths\":{\"/**\":{\"verbs\":[]}}}          | only 'methods' and 'filters'",
                "\"iat\":1,\"jti\":\"j\",\"acl\":{\"paths\":{\"users/**\":{}}}                 | must start with '/'",
            })
    void refusesClaimsOfTheWrongJsonType(String members, String message) {
        JwtRejectedException refusal = refusal(signed(payload(members)));

        assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(Reason.WRONG_CLAIM_TYPE);
        assertThat(refusal.getMessage()).contains(message);
        assertThat(refusal.unverifiedClaims()).containsEntry("application_id", APP_ID);
    }

    @Test
    void refusesApplicationIdThatIsNotAString() {
        assertRefused(
                signed("{\"application_id\":1234,\"iat\":1,\"jti\":\"j\"}"),
                Reason.WRONG_CLAIM_TYPE,
                "claim application_id must be a JSON string, was a number (1234)");
    }

    @Test
    void checksClaimTypesBeforeTheSignature() {
        String token =
                HandMadeTokens.signed(RS256_HEADER, payload("\"iat\":\"soon\",\"jti\":\"j\""), OTHER_KEYS.getPrivate());
        assertRefused(token, Reason.WRONG_CLAIM_TYPE, "iat");
    }

    @Test
    void acceptsFractionalEpochSeconds() {
        VerifiedToken token = accepted(signed(payload("\"iat\":" + (NOW_S - 10) + ".5,\"jti\":\"j\"")));
        assertThat(token.issuedAt().getNano()).isEqualTo(500_000_000);
    }

    @Test
    void refusesTokenWithoutApplicationId() {
        assertRefused(
                signed("{\"iat\":" + NOW_S + ",\"jti\":\"j\"}"),
                Reason.MISSING_CLAIM,
                "token has no application_id claim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\\t"})
    void refusesBlankApplicationIdAsMissing(String blank) {
        assertRefused(
                signed("{\"application_id\":\"" + blank + "\"," + TIMES + "}"),
                Reason.MISSING_CLAIM,
                "the application_id claim is ");
    }

    @Test
    void refusesTokenOfUnknownApplication() {
        String token = signed("{\"application_id\":\"11111111-2222-3333-4444-555555555555\"," + TIMES + "}");
        assertRefused(
                token,
                Reason.UNKNOWN_APPLICATION,
                "application_id '11111111-2222-3333-4444-555555555555' is not an application this server knows");
    }

    @Test
    void refusesTokenSignedWithAnotherAppsKey() {
        JwtRejectedException refusal = refusal(signed(RS256_HEADER, appPayload(), OTHER_KEYS.getPrivate()));

        assertThat(refusal.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(refusal.getMessage())
                .isEqualTo("signature does not verify with the public key of application " + APP_ID
                        + "; sign with that application's private key");
        assertThat(refusal.unverifiedClaims()).containsEntry("jti", "jti-1").doesNotContainKey("signature");
    }

    @Test
    void refusesTokenWithoutSignature() {
        String token = b64(RS256_HEADER) + "." + b64(appPayload()) + ".";
        assertRefused(token, Reason.BAD_SIGNATURE, "token has no signature");
    }

    @Test
    void refusesPayloadChangedAfterSigning() {
        String[] parts = signed(appPayload()).split("\\.");
        String forged = b64(payload("\"iat\":" + (NOW_S - 10) + ",\"jti\":\"jti-1\",\"sub\":\"admin\""));
        assertRefused(parts[0] + "." + forged + "." + parts[2], Reason.BAD_SIGNATURE, "does not verify");
    }

    @Test
    void refusesHeaderChangedAfterSigning() {
        String[] parts = signed(appPayload()).split("\\.");
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"x\"}");
        assertRefused(header + "." + parts[1] + "." + parts[2], Reason.BAD_SIGNATURE, "does not verify");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 255, 257})
    void refusesSignatureOfTheWrongLength(int bytes) {
        String[] parts = signed(appPayload()).split("\\.");
        String signature = b64(new byte[bytes]);
        assertRefused(parts[0] + "." + parts[1] + "." + signature, Reason.BAD_SIGNATURE, "does not verify");
    }

    @Test
    void neverTakesTheKeyFromTheHeader() {
        RSAPublicKey attacker = (RSAPublicKey) OTHER_KEYS.getPublic();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"other\",\"jku\":\"http://127.0.0.1/jwks\","
                + "\"x5u\":\"http://127.0.0.1/cert\",\"jwk\":{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\""
                + b64(attacker.getModulus().toByteArray()) + "\"}}";
        assertRefused(signed(header, appPayload(), OTHER_KEYS.getPrivate()), Reason.BAD_SIGNATURE, "does not verify");
        assertThat(accepted(signed(header, appPayload(), APP_KEYS.getPrivate())).header())
                .containsKeys("kid", "jwk");
    }

    @Test
    void refusesHmacTokenKeyedWithThePublicKey() throws Exception {
        String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(appPayload());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(APP_KEYS.getPublic().getEncoded(), "HmacSHA256"));
        String token = signingInput + "."
                + b64(mac.doFinal(signingInput.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertRefused(token, Reason.UNSUPPORTED_ALGORITHM, "HS256");
    }

    // Support article 360000958407: a token with neither iat nor exp is refused (one with exp alone is accepted, see
    // TokenTimesTest).
    @Test
    void refusesTokenWithNeitherIatNorExp() {
        assertRefused(signed(payload("\"jti\":\"j\"")), Reason.MISSING_CLAIM, "token has neither iat nor exp");
    }

    @Test
    void refusesTokenWithoutJti() {
        assertRefused(signed(payload("\"iat\":" + NOW_S)), Reason.MISSING_CLAIM, "token has no jti claim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesBlankJtiAsMissing(String blank) {
        assertRefused(
                signed(payload("\"iat\":" + NOW_S + ",\"jti\":\"" + blank + "\"")),
                Reason.MISSING_CLAIM,
                "the jti claim is ");
    }

    @Test
    void checksTheSignatureBeforeRequiredClaims() {
        assertRefused(
                signed(RS256_HEADER, payload("\"jti\":\"j\""), OTHER_KEYS.getPrivate()),
                Reason.BAD_SIGNATURE,
                "does not verify");
    }
}
