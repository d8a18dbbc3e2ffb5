package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.APP_KEYS;
import static io.github.nexmock.jwt.VerifierFixture.APP_ID;
import static io.github.nexmock.jwt.VerifierFixture.NOW;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.jwt.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens as real clients make them verify: nexmo-cli's jwt:generate, the Vonage SDK's, and our own builder's. */
class RealWorldTokensTest {

    private static final String CLIENT_SDK_ACL = "{\"paths\":{\"/*/users/**\":{},\"/*/conversations/**\":{},"
            + "\"/*/sessions/**\":{},\"/*/devices/**\":{},\"/*/image/**\":{},\"/*/media/**\":{},"
            + "\"/*/applications/**\":{},\"/*/push/**\":{},\"/*/knocking/**\":{}}}";

    @Test
    void verifiesTokenShapedLikeNexmoCliJwtGenerate() {
        long iat = NOW_S - 60;
        String payload = "{\"iat\":" + iat + ",\"jti\":\"8c1b7e0e-6d1f-4b8a-9b0e-2f7d7d0c1a11\",\"sub\":\"alice\","
                + "\"exp\":" + (iat + 86400) + ",\"acl\":" + CLIENT_SDK_ACL + ",\"application_id\":\"" + APP_ID + "\"}";
        String token = HandMadeTokens.signed(payload);

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/conversations/CON-1/events");

        assertThat(verified.subject()).isEqualTo("alice");
        assertThat(verified.notBefore()).isNull();
        assertThat(verified.expiresAt()).isEqualTo(NOW.plusSeconds(86340));
        assertThat(verified.acl()).isEqualTo(Acl.clientSdk());
        assertThat(verified.claims().get("acl")).isEqualTo(Acl.clientSdk().toClaim());
    }

    @Test
    void verifiesApplicationTokenOfTheVonageSdk() {
        String token = Jwt.builder()
                .applicationId(APP_ID)
                .privateKeyContents(RsaKeys.toPkcs8Pem(APP_KEYS.getPrivate()))
                .issuedAt(ZonedDateTime.ofInstant(NOW.minusSeconds(30), ZoneOffset.UTC))
                .build()
                .generate();

        VerifiedToken verified = verifier().verify(token, "POST", "/v1/calls");

        assertThat(verified.claims()).containsOnlyKeys("application_id", "iat", "jti");
        assertThat(verified.issuedAt()).isEqualTo(NOW.minusSeconds(30));
        assertThat(verified.expiresAt()).isEqualTo(NOW.minusSeconds(30).plus(NexmoJwts.DEFAULT_LIFETIME));
        assertThat(verified.subject()).isNull();
        assertThat(verified.acl()).isNull();
    }

    @Test
    void verifiesUserTokenMadeWithTheVonageSdk() {
        String token = Jwt.builder()
                .applicationId(APP_ID)
                .privateKeyContents(RsaKeys.toPkcs8Pem(APP_KEYS.getPrivate()))
                .issuedAt(ZonedDateTime.ofInstant(NOW.minusSeconds(5), ZoneOffset.UTC))
                .expiresAt(ZonedDateTime.ofInstant(NOW.plusSeconds(3600), ZoneOffset.UTC))
                .subject("bob")
                .addClaim("acl", Map.of("paths", Map.of("/*/users/**", Map.of("methods", java.util.List.of("GET")))))
                .build()
                .generate();

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users/USR-1");

        assertThat(verified.subject()).isEqualTo("bob");
        assertThat(verified.acl().paths().get("/*/users/**").methods()).containsExactly("GET");
        assertThat(VerifierFixture.refusal(verifier(), token, "DELETE", "/v1/users/USR-1")
                        .reason())
                .isEqualTo(Reason.ACL_DENIES_METHOD);
    }

    @Test
    void verifiesTokenMintedByOurBuilder() {
        String token = NexmoJwts.builder()
                .applicationId(APP_ID)
                .privateKey(APP_KEYS.getPrivate())
                .clock(VerifierFixture.CLOCK)
                .subject("carol")
                .acl(Acl.clientSdk())
                .claim("custom", Map.of("a", 1))
                .sign();

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users");

        assertThat(verified.issuedAt()).isEqualTo(NOW);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(NexmoJwts.DEFAULT_LIFETIME));
        assertThat(verified.claims()).containsEntry("custom", Map.of("a", 1));
        assertThat(verified.header()).containsEntry("alg", "RS256").containsEntry("typ", "JWT");
    }

    // Issue 12, table row 3; nexmo-docs/create-app-users-tokens-v1.md passes acl='/**', which nexmo-cli 0.3.17
    // JSON-parses into the string "/**"; Nexmo/nexmo-developer PR #1515 ("Remove overly lenient ACL") shows the
    // platform took it as allow-all. Accepted as one glob allowing every method, with a warning.
    @Test
    void readsTheStringAclOfTheOlderNexmoCliGuideAsOneGlobAllowingEverything() {
        String token = HandMadeTokens.signed("{\"iat\":" + NOW_S + ",\"jti\":\"j\",\"sub\":\"alice\",\"exp\":"
                + (NOW_S + 86400) + ",\"acl\":\"/**\",\"application_id\":\"" + APP_ID + "\"}");

        VerifiedToken verified = verifier().verify(token, "DELETE", "/v1/users/USR-1");

        assertThat(verified.acl()).isEqualTo(Acl.allowAll());
        assertThat(verified.warnings()).extracting(TokenWarning::code).containsExactly(TokenWarning.Code.ACL_AS_STRING);
        assertThat(verified.warnings().get(0).message()).contains("'/**'").contains("one path glob");
        String narrow = HandMadeTokens.signed("{\"iat\":" + NOW_S + ",\"jti\":\"j\",\"sub\":\"alice\","
                + "\"acl\":\"/*/users/**\",\"application_id\":\"" + APP_ID + "\"}");
        assertThat(verifier().verify(narrow, "POST", "/v1/users").acl().allows("PATCH", "/v1/users/x"))
                .isTrue();
        assertThat(VerifierFixture.refusal(verifier(), narrow, "GET", "/v1/calls")
                        .reason())
                .isEqualTo(Reason.ACL_DENIES_PATH);
    }

    // Issue 12, table row 1: @vonage/cli 1.2.4's `vonage jwt` writes exp in milliseconds (nexmo-api.md "JWT and ACL");
    // support article 360000958407: Nexmo honours the token 24 h after iat whatever exp says.
    @Test
    void acceptsExpInMillisecondsOfTheVonageCliForTwentyFourHoursAfterIat() {
        long iat = NOW_S - 60;
        String token = HandMadeTokens.signed("{\"application_id\":\"" + APP_ID + "\",\"iat\":" + iat
                + ",\"jti\":\"5b2c\",\"exp\":" + (iat * 1000 + 86_400_000L) + ",\"sub\":\"alice\",\"acl\":"
                + CLIENT_SDK_ACL + "}");

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users");

        assertThat(verified.expiresAt()).isEqualTo(Instant.ofEpochSecond(iat).plus(NexmoJwts.MAX_LIFETIME));
        assertThat(verified.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_IN_MILLISECONDS);
        assertThat(verified.warnings().get(0).message())
                .contains("looks like milliseconds")
                .contains("24 h after iat, at " + Instant.ofEpochSecond(iat).plus(NexmoJwts.MAX_LIFETIME));
    }

    // Issue 12, table row 2: @vonage/jwt tokenGenerate(..., {ttl: 90000}) sets exp = iat + 90000; support article
    // 360000958407: accepted, honoured until 24 h after iat.
    @Test
    void acceptsTheVonageJwtTtlOf90000SecondsUntilTwentyFourHoursAfterIat() {
        String token = HandMadeTokens.signed("{\"application_id\":\"" + APP_ID + "\",\"iat\":" + NOW_S
                + ",\"jti\":\"j\",\"exp\":" + (NOW_S + 90_000) + "}");

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users");

        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(NexmoJwts.MAX_LIFETIME));
        assertThat(verified.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_BEYOND_24_HOURS);
        assertThat(verified.warnings().get(0).message())
                .contains("stops working 24 h after iat, at " + NOW.plus(NexmoJwts.MAX_LIFETIME));
    }

    // Issue 12, table row 2: com.vonage:jwt 2.0.1 `expiresAt(now + 25 h)`; support article 360000958407.
    @Test
    void acceptsAComVonageJwtTokenExpiringIn25HoursUntilTwentyFourHoursAfterIat() {
        String token = Jwt.builder()
                .applicationId(APP_ID)
                .privateKeyContents(RsaKeys.toPkcs8Pem(APP_KEYS.getPrivate()))
                .issuedAt(ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC))
                .expiresAt(ZonedDateTime.ofInstant(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC))
                .build()
                .generate();

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users");

        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(NexmoJwts.MAX_LIFETIME));
        assertThat(verified.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_BEYOND_24_HOURS);
    }

    // Nexmo's JWT/ACL guide (conversation/guides/jwt-acl, "Sample JWT Payload") shows this token: exp a JSON string,
    // 86399 s after iat, as nexmo-cli 0.3.x signed `exp=$(($(date +%s)+86400))` with nexmo 2.2.0 or older
    // (jsonwebtoken 7 kept the string; nexmo-cli issue #162 and PR #163, 0.3.13, cast it to a number). No source says
    // Nexmo refuses it: accepted, read as epoch seconds, with a warning.
    @Test
    void acceptsTheStringExpOfTheJwtAclGuideWithAWarning() {
        long iat = NOW_S - 60;
        String token = HandMadeTokens.signed("{\"iat\":" + iat + ",\"jti\":\"705b6f50-8c21-11e8-9bcb-595326422d60\","
                + "\"sub\":\"alice\",\"exp\":\"" + (iat + 86399) + "\",\"acl\":" + CLIENT_SDK_ACL
                + ",\"application_id\":\"" + APP_ID + "\"}");

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users");

        assertThat(verified.expiresAt()).isEqualTo(Instant.ofEpochSecond(iat + 86399));
        assertThat(verified.claims().get("exp")).isEqualTo(String.valueOf(iat + 86399));
        assertThat(verified.warnings())
                .singleElement()
                .satisfies(warning -> assertThat(warning.code()).isEqualTo(TokenWarning.Code.EXP_AS_STRING))
                .satisfies(warning -> assertThat(warning.message())
                        .startsWith("exp is the JSON string '" + (iat + 86399) + "', read as epoch seconds"));
    }

    // Vonage/vonage-node-sdk PR #846 (Chris Tankersley, Vonage, 2023-08): @vonage/jwt's tokenGenerate left its ttl
    // option in the claims, "causing a problem with tokens being rejected ... This breaks JWT validation"; fixed in
    // @vonage/jwt 1.11.1. Python vonage-jwt's generate_application_jwt signs every key it is given, ttl included.
    @Test
    void refusesTheLeftoverTtlClaimOfVonageJwtBefore1111() {
        String token = HandMadeTokens.signed("{\"ttl\":900,\"jti\":\"0b6f\",\"iat\":" + NOW_S + ",\"exp\":"
                + (NOW_S + 900) + ",\"application_id\":\"" + APP_ID + "\"}");

        JwtRejectedException refusal = VerifierFixture.refusal(verifier(), token, "GET", "/v1/users");

        assertThat(refusal.reason()).isEqualTo(Reason.TTL_CLAIM);
        assertThat(refusal.getMessage())
                .startsWith("token carries a ttl claim (ttl 900), which Nexmo refuses")
                .contains("exp = iat + the lifetime in seconds");
        assertThat(refusal.reason().code()).isEqualTo("system:error:invalid-token");
    }

    @Test
    void verifiedTokenMapsCannotBeChanged() {
        String token =
                HandMadeTokens.signed(VerifierFixture.payload("\"iat\":" + NOW_S + ",\"jti\":\"j\",\"x\":{\"y\":[1]}"));
        VerifiedToken verified = verifier().verify(token, "GET", "/");

        assertThat(verified.claims()).isUnmodifiable();
        assertThat((Map<?, ?>) verified.claims().get("x")).isUnmodifiable();
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[1])).isNotEmpty();
    }
}
