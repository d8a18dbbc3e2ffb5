package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.APP_KEYS;
import static io.github.nexmock.jwt.HandMadeTokens.RS256_HEADER;
import static io.github.nexmock.jwt.HandMadeTokens.b64;
import static io.github.nexmock.jwt.HandMadeTokens.signed;
import static io.github.nexmock.jwt.VerifierFixture.accepted;
import static io.github.nexmock.jwt.VerifierFixture.appPayload;
import static io.github.nexmock.jwt.VerifierFixture.assertRefused;
import static io.github.nexmock.jwt.VerifierFixture.refusal;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Steps 1 to 6 of verification: presence, size, segments, base64url, header and payload JSON. */
class TokenStructureTest {

    private static final String VALID = signed(appPayload());

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingToken(String token) {
        assertRefused(token, Reason.MISSING_TOKEN, "no token");
    }

    @Test
    void refusesTokenLongerThanThePolicyAllows() {
        JwtRejectedException refusal =
                refusal(verifier(VerificationPolicy.defaults().withMaxTokenLength(100)), VALID, "GET", "/v1/users");

        assertThat(refusal.reason()).isEqualTo(Reason.TOKEN_TOO_LARGE);
        assertThat(refusal.getMessage()).isEqualTo("token is " + VALID.length() + " characters; the limit is 100");
    }

    @Test
    void refusesTokenOverTheDefaultLimitOf8192Characters() {
        String padding = "x".repeat(8192);
        assertRefused(
                signed(VerifierFixture.payload("\"iat\":1,\"jti\":\"j\",\"pad\":\"" + padding + "\"")),
                Reason.TOKEN_TOO_LARGE,
                "limit is 8192");
    }

    @Test
    void acceptsTheWellFormedToken() {
        assertThat(accepted(VALID).applicationId()).isEqualTo(VerifierFixture.APP_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "abc.def", "a.b.c.d", "a.b.c."})
    void refusesTokensWithoutExactlyThreeSegments(String token) {
        assertRefused(token, Reason.MALFORMED, "a JWT has 3");
    }

    @Test
    void refusesEmptyHeaderOrPayloadSegment() {
        String[] parts = VALID.split("\\.");
        assertRefused("." + parts[1] + "." + parts[2], Reason.MALFORMED, "header segment is empty");
        assertRefused(parts[0] + ".." + parts[2], Reason.MALFORMED, "payload segment is empty");
    }

    @Test
    void refusesPaddedSegments() {
        String header = b64("{\"alg\":\"RS256\" }");
        assertThat(header.length() % 4).isNotZero();
        String[] parts = VALID.split("\\.");
        assertRefused(header + "==." + parts[1] + "." + parts[2], Reason.MALFORMED, "padding '='");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", " ", "%", "\u00e9"})
    void refusesCharactersOutsideBase64Url(String character) {
        String[] parts = VALID.split("\\.");
        assertRefused(
                parts[0] + "." + parts[1] + character + "." + parts[2],
                Reason.MALFORMED,
                "JWT segments are base64url without padding");
    }

    @Test
    void refusesStandardBase64InTheSignature() {
        String[] parts = VALID.split("\\.");
        String standard = parts[2].replace('-', '+').replace('_', '/');
        if (standard.equals(parts[2])) {
            standard = parts[2].substring(1) + "+";
        }
        assertRefused(parts[0] + "." + parts[1] + "." + standard, Reason.MALFORMED, "base64url");
    }

    @Test
    void refusesSegmentLengthBase64CannotHave() {
        String[] parts = VALID.split("\\.");
        String payload = parts[1] + "A".repeat((5 - parts[1].length() % 4) % 4);
        assertThat(payload.length() % 4).isEqualTo(1);
        assertRefused(parts[0] + "." + payload + "." + parts[2], Reason.MALFORMED, "a length base64url cannot have");
    }

    @Test
    void refusesNonCanonicalBase64UrlSoEachTokenHasOneSpelling() {
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}X");
        assertThat(header.length() % 4).isEqualTo(2);
        char last = header.charAt(header.length() - 1);
        String altered = header.substring(0, header.length() - 1) + (char) (last + 1);
        String[] parts = VALID.split("\\.");
        assertRefused(altered + "." + parts[1] + "." + parts[2], Reason.MALFORMED, "non-canonical");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "\"RS256\"", "null", "{\"alg\":\"RS256\"} {}", "{\"alg\":\"RS256\""})
    void refusesHeaderThatIsNotOneJsonObject(String header) {
        assertRefused(
                signed(header, appPayload(), APP_KEYS.getPrivate()), Reason.MALFORMED, "header is not a JSON object");
    }

    @Test
    void refusesHeaderWithDuplicateNames() {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\",\"alg\":\"RS256\"}";
        assertRefused(signed(header, appPayload(), APP_KEYS.getPrivate()), Reason.MALFORMED, "Duplicate");
    }

    @Test
    void refusesHeaderWithByteOrderMark() {
        byte[] bom = "\uFEFF{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8);
        String signingInput = b64(bom) + "." + b64(appPayload());
        String token = signingInput + "." + b64(HandMadeTokens.rs256(signingInput, APP_KEYS.getPrivate()));
        assertRefused(token, Reason.MALFORMED, "byte order mark");
    }

    @Test
    void refusesHeaderInUtf16() {
        byte[] utf16 = "{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_16LE);
        String signingInput = b64(utf16) + "." + b64(appPayload());
        String token = signingInput + "." + b64(HandMadeTokens.rs256(signingInput, APP_KEYS.getPrivate()));
        assertRefused(token, Reason.MALFORMED, "NUL byte");
    }

    @Test
    void refusesNulByteInsideThePayload() {
        String payload = appPayload().replace("jti-1", "jti\u00001");
        assertRefused(
                signed(RS256_HEADER, payload, APP_KEYS.getPrivate()), Reason.MALFORMED, "payload is not a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"JOSE\"", "\"jwt\"", "1", "null"})
    void refusesTypOtherThanJwt(String typ) {
        String header = "{\"alg\":\"RS256\",\"typ\":" + typ + "}";
        assertRefused(signed(header, appPayload(), APP_KEYS.getPrivate()), Reason.MALFORMED, "typ");
    }

    @Test
    void acceptsHeaderWithoutTyp() {
        assertThat(accepted(signed("{\"alg\":\"RS256\"}", appPayload(), APP_KEYS.getPrivate()))
                        .header())
                .containsOnlyKeys("alg");
    }

    @Test
    void refusesHeaderWithoutAlg() {
        assertRefused(signed("{\"typ\":\"JWT\"}", appPayload(), APP_KEYS.getPrivate()), Reason.MALFORMED, "no alg");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"none", "None", "HS256", "HS384", "HS512", "ES256", "PS256", "RS384", "RS512", "rs256", "EdDSA"})
    void refusesEveryAlgorithmButRs256(String alg) {
        String header = "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}";
        assertRefused(
                signed(header, appPayload(), APP_KEYS.getPrivate()),
                Reason.UNSUPPORTED_ALGORITHM,
                "alg '" + alg + "' is not accepted");
    }

    @Test
    void refusesUnsignedAlgNoneToken() {
        String token = b64("{\"alg\":\"none\"}") + "." + b64(appPayload()) + ".";
        assertRefused(token, Reason.UNSUPPORTED_ALGORITHM, "'none'");
    }

    @Test
    void refusesAlgOfAnotherJsonType() {
        assertRefused(
                signed("{\"alg\":[\"RS256\"]}", appPayload(), APP_KEYS.getPrivate()),
                Reason.UNSUPPORTED_ALGORITHM,
                "an array");
    }

    @Test
    void refusesCriticalHeader() {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"crit\":[\"exp\"],\"exp\":1}";
        assertRefused(signed(header, appPayload(), APP_KEYS.getPrivate()), Reason.CRITICAL_HEADER, "crit [exp]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "42", "null", "{\"iat\":1} x"})
    void refusesPayloadThatIsNotOneJsonObject(String payload) {
        assertRefused(
                signed(RS256_HEADER, payload, APP_KEYS.getPrivate()), Reason.MALFORMED, "payload is not a JSON object");
    }

    @Test
    void refusesPayloadWithDuplicateClaims() {
        String payload = appPayload().replace("}", ",\"application_id\":\"other\"}");
        JwtRejectedException refusal = refusal(signed(payload));

        assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refusal.getMessage()).contains("payload").contains("Duplicate field 'application_id'");
        assertThat(refusal.unverifiedClaims()).isEmpty();
    }
}
