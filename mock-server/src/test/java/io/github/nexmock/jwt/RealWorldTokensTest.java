package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.APP_KEYS;
import static io.github.nexmock.jwt.VerifierFixture.APP_ID;
import static io.github.nexmock.jwt.VerifierFixture.NOW;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static io.github.nexmock.jwt.VerifierFixture.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.jwt.Jwt;
import io.github.nexmock.keys.RsaKeys;
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
        assertThat(verified.expiresAt()).isEqualTo(NOW.minusSeconds(30).plus(NexmoJwt.DEFAULT_LIFETIME));
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
        assertThat(VerifierFixture.refusal(verifier(), token, "DELETE", "/v1/users/USR-1").reason())
                .isEqualTo(Reason.ACL_DENIES_METHOD);
    }

    @Test
    void verifiesTokenMintedByOurBuilder() {
        String token = NexmoJwt.builder()
                .applicationId(APP_ID)
                .privateKey(APP_KEYS.getPrivate())
                .clock(VerifierFixture.CLOCK)
                .subject("carol")
                .acl(Acl.clientSdk())
                .claim("custom", Map.of("a", 1))
                .sign();

        VerifiedToken verified = verifier().verify(token, "GET", "/v1/users");

        assertThat(verified.issuedAt()).isEqualTo(NOW);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(NexmoJwt.DEFAULT_LIFETIME));
        assertThat(verified.claims()).containsEntry("custom", Map.of("a", 1));
        assertThat(verified.header()).containsEntry("alg", "RS256").containsEntry("typ", "JWT");
    }

    @Test
    void verifiedTokenMapsCannotBeChanged() {
        String token = HandMadeTokens.signed(VerifierFixture.payload("\"iat\":" + NOW_S + ",\"jti\":\"j\",\"x\":{\"y\":[1]}"));
        VerifiedToken verified = verifier().verify(token, "GET", "/");

        assertThat(verified.claims()).isUnmodifiable();
        assertThat((Map<?, ?>) verified.claims().get("x")).isUnmodifiable();
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[1])).isNotEmpty();
    }
}
