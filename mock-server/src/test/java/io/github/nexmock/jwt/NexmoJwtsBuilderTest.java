package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.APP_KEYS;
import static io.github.nexmock.jwt.VerifierFixture.CLOCK;
import static io.github.nexmock.jwt.VerifierFixture.NOW;
import static io.github.nexmock.jwt.VerifierFixture.NOW_S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Minted tokens are read back with plain Base64, Jackson and java.security, not with our verifier. */
class NexmoJwtsBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static NexmoJwts.Builder builder() {
        return NexmoJwts.builder()
                .applicationId("app-1")
                .privateKey(APP_KEYS.getPrivate())
                .clock(CLOCK);
    }

    private static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    @Test
    void mintsRs256TokenWithNexmoClaims() throws Exception {
        String token =
                builder().jti("id-1").subject("alice").acl(Acl.clientSdk()).sign();

        JsonNode header = part(token, 0);
        JsonNode claims = part(token, 1);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        assertThat(claims.get("application_id").asText()).isEqualTo("app-1");
        assertThat(claims.get("iat").isIntegralNumber()).isTrue();
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW_S);
        assertThat(claims.get("exp").asLong()).isEqualTo(NOW_S + 900);
        assertThat(claims.get("jti").asText()).isEqualTo("id-1");
        assertThat(claims.get("sub").asText()).isEqualTo("alice");
        assertThat(claims.has("nbf")).isFalse();
        assertThat(claims.get("acl").toString()).isEqualTo(Acl.clientSdk().toJson());
    }

    @Test
    void signatureVerifiesWithPlainJavaSecurity() throws Exception {
        String token = builder().sign();
        int dot = token.lastIndexOf('.');
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(APP_KEYS.getPublic());
        rs256.update(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));

        assertThat(rs256.verify(Base64.getUrlDecoder().decode(token.substring(dot + 1))))
                .isTrue();
    }

    @Test
    void defaultsJtiToARandomUuidAndIatToTheClock() throws Exception {
        JsonNode first = part(builder().sign(), 1);
        JsonNode second = part(builder().sign(), 1);

        assertThat(first.get("jti").asText())
                .matches("[0-9a-f-]{36}")
                .isNotEqualTo(second.get("jti").asText());
        assertThat(first.get("iat").asLong()).isEqualTo(NOW_S);
    }

    @Test
    void writesTimesAsWholeEpochSeconds() throws Exception {
        JsonNode claims = part(
                builder()
                        .issuedAt(NOW.plusMillis(999))
                        .notBefore(NOW.plusMillis(1500))
                        .expiresAt(NOW.plusSeconds(60).plusMillis(10))
                        .sign(),
                1);

        assertThat(claims.get("iat").toString()).isEqualTo(Long.toString(NOW_S));
        assertThat(claims.get("nbf").toString()).isEqualTo(Long.toString(NOW_S + 1));
        assertThat(claims.get("exp").toString()).isEqualTo(Long.toString(NOW_S + 60));
    }

    @Test
    void setsExpFromLifetime() throws Exception {
        assertThat(part(builder().lifetime(Duration.ofHours(24)).sign(), 1)
                        .get("exp")
                        .asLong())
                .isEqualTo(NOW_S + 86400);
    }

    // The authentication guide: at least 30 s.
    @Test
    void refusesLifetimeUnderThirtySeconds() {
        assertThatThrownBy(() -> builder().lifetime(Duration.ofSeconds(29)).sign())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("token lifetime would be 29 s; Nexmo requires at least 30 s");
    }

    // Support article 360000958407: Nexmo accepts a later exp and honours the token 24 h after iat; this test expected
    // a refusal before.
    @Test
    void signsLifetimeOverTwentyFourHoursWithAWarning() throws Exception {
        NexmoJwts.Builder builder = builder().expiresAt(NOW.plus(Duration.ofHours(48)));
        assertThat(builder.warnings()).isEmpty();

        assertThat(part(builder.sign(), 1).get("exp").asLong()).isEqualTo(NOW_S + 172800);
        assertThat(builder.warnings())
                .extracting(TokenWarning::code)
                .containsExactly(TokenWarning.Code.EXP_BEYOND_24_HOURS);
        assertThat(builder.warnings().get(0).message()).contains("at " + NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void mintsOutOfBoundsLifetimeWhenAskedForNegativeTests() throws Exception {
        String token = builder()
                .lifetime(Duration.ofSeconds(10))
                .allowOutOfBoundsLifetime()
                .sign();
        assertThat(part(token, 1).get("exp").asLong()).isEqualTo(NOW_S + 10);

        String expired = builder()
                .issuedAt(NOW.minusSeconds(100))
                .expiresAt(NOW.minusSeconds(99))
                .allowOutOfBoundsLifetime()
                .sign();
        assertThat(part(expired, 1).get("exp").asLong()).isEqualTo(NOW_S - 99);
    }

    @Test
    void addsCustomClaimsButNotRegisteredOnes() throws Exception {
        assertThat(part(builder().claim("tenant", "t-1").sign(), 1)
                        .get("tenant")
                        .asText())
                .isEqualTo("t-1");
        assertThatThrownBy(() -> builder().claim("exp", 5))
                .hasMessage("claim 'exp' has its own builder method; use it instead of claim()");
    }

    // Vonage/vonage-node-sdk PR #846: Nexmo rejected tokens carrying a leftover ttl claim, so the builder mints none.
    @Test
    void refusesATtlClaimNexmoWouldRefuse() {
        assertThatThrownBy(() -> builder().claim("ttl", 900))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("claim 'ttl' makes Nexmo refuse the token (TTL_CLAIM)");
    }

    @Test
    void requiresApplicationIdAndKey() {
        assertThatThrownBy(() ->
                        NexmoJwts.builder().privateKey(APP_KEYS.getPrivate()).sign())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("applicationId(...)");
        assertThatThrownBy(() -> NexmoJwts.builder().applicationId("a").sign())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("privateKey(...)");
    }

    @Test
    void refusesBothExpiresAtAndLifetime() {
        assertThatThrownBy(() -> builder()
                        .expiresAt(NOW.plusSeconds(60))
                        .lifetime(Duration.ofMinutes(5))
                        .sign())
                .hasMessage("set either expiresAt(...) or lifetime(...), not both");
    }

    @Test
    void leavesOutCustomClaimsWhoseValueIsNull() throws Exception {
        JsonNode claims =
                part(builder().claim("tenant", null).claim("region", "eu").sign(), 1);

        assertThat(claims.has("tenant")).isFalse();
        assertThat(claims.get("region").asText()).isEqualTo("eu");
    }

    // RFC 7518, section 3.3: RS256 keys MUST be 2048 bits or larger; Nexmo's own keys are RSA 2048.
    @Test
    void refusesRsaKeysShorterThan2048Bits() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        PrivateKey weak = rsa.generateKeyPair().getPrivate();

        assertThatThrownBy(() -> builder().privateKey(weak).sign())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the RSA key has 1024 bits; RS256 needs at least 2048 (RFC 7518, section 3.3)");
    }

    @Test
    void refusesKeysThatAreNotRsa() throws Exception {
        PrivateKey ec = KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate();

        assertThatThrownBy(() -> builder().privateKey(ec).sign())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RS256 signs with an RSA private key; this key's algorithm is EC");
    }
}
