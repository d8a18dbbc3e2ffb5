package io.github.nexmock.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtVerifyCommandTest {

    private static final String APP_ID = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
    private static KeyPair keys;

    @TempDir
    Path root;

    private CliSandbox sandbox;

    @BeforeAll
    static void keys() {
        keys = KeyPairPool.shared().take();
    }

    @BeforeEach
    void writeKeys() throws IOException {
        sandbox = new CliSandbox(root);
        Files.writeString(sandbox.work("public.pem"), RsaKeys.toPublicPem(keys.getPublic()));
        Files.writeString(sandbox.work("private.key"), RsaKeys.toPkcs1Pem(keys.getPrivate()));
    }

    private static String token(Acl acl) {
        return NexmoJwts.builder()
                .applicationId(APP_ID)
                .privateKey(keys.getPrivate())
                .subject("alice")
                .acl(acl)
                .sign();
    }

    @Test
    void printsTheClaimsOfAValidTokenAsJson() {
        CliSandbox.Result result = sandbox.run(
                "jwt:verify", token(Acl.clientSdk()), "--public-key", "public.pem", "--path", "/v1/users/USR-1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("\"application_id\" : \"" + APP_ID + "\"", "\"sub\" : \"alice\"", "/*/users/**");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void acceptsThePrivateKeyFileAndSaysWhenTheAclWasNotChecked() {
        CliSandbox.Result result = sandbox.run(
                "jwt:verify", token(Acl.builder().path("/v1/users").build()), "--public-key", "private.key");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .isEqualTo("verified; ACL not checked (give --path to check it)" + System.lineSeparator());
    }

    @Test
    void printsTheRefusalReasonOnStderrWithExitCodeOne() {
        CliSandbox.Result denied = sandbox.run(
                "jwt:verify",
                token(Acl.clientSdk()),
                "--public-key",
                "public.pem",
                "--method",
                "POST",
                "--path",
                "/v1/calls");
        long now = Instant.now().getEpochSecond();
        String expired = NexmoJwts.builder()
                .applicationId(APP_ID)
                .privateKey(keys.getPrivate())
                .issuedAt(Instant.ofEpochSecond(now - 120))
                .lifetime(Duration.ofSeconds(60))
                .sign();
        CliSandbox.Result late = sandbox.run("jwt:verify", expired, "--public-key", "public.pem");

        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.out()).isEmpty();
        assertThat(denied.err())
                .startsWith("nexmock jwt:verify: refused: ACL_DENIES_PATH (403 system:error:permission): ")
                .hasLineCount(1);
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err())
                .startsWith("nexmock jwt:verify: refused: EXPIRED (401 system:error:expired-token): token expired")
                .hasLineCount(1);
    }

    // Support article 360000958407: accepted (exit 0), honoured until 24 h after iat; the warning goes to stderr.
    @Test
    void printsTheWarningsOfAnAcceptedTokenOnStderr() {
        long now = Instant.now().getEpochSecond();
        String token = NexmoJwts.builder()
                .applicationId(APP_ID)
                .privateKey(keys.getPrivate())
                .issuedAt(Instant.ofEpochSecond(now))
                .lifetime(Duration.ofHours(25))
                .sign();

        CliSandbox.Result result =
                sandbox.run("jwt:verify", token, "--public-key", "public.pem", "--path", "/v1/users");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"application_id\" : \"" + APP_ID + "\"");
        assertThat(result.err())
                .startsWith("warning: EXP_BEYOND_24_HOURS: exp is 90000 s after iat")
                .hasLineCount(1)
                .doesNotContain(token);
    }

    // The generator habits behind each warning: @vonage/cli 1.2.4 `vonage jwt` (exp = Date.now() + 21600, scripts/
    // interop.sh checks it), nexmo-cli before 0.3.13 (exp signed as a string, the JWT/ACL guide's sample), nexmo-cli
    // with the first guide's acl='/**' (docs/platform-rules.md: CLI162, GUIDE, PR1515).
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "EXP_IN_MILLISECONDS | \"exp\":MILLIS                       | hint: usually the Vonage CLI 1.x: `vonage jwt`",
                "EXP_AS_STRING       | \"exp\":\"IN_AN_HOUR\"                | hint: usually nexmo-cli before 0.3.13",
                "ACL_AS_STRING       | \"exp\":IN_AN_HOUR,\"acl\":\"/**\"      | hint: usually nexmo-cli `jwt:generate ... acl='/**'`",
            })
    void namesTheGeneratorHabitBehindAWarningAndItsFix(String code, String members, String hint) {
        long now = Instant.now().getEpochSecond();
        String token = handMade("{\"application_id\":\"" + APP_ID + "\",\"iat\":" + now + ",\"jti\":\"j\","
                + members.replace("MILLIS", String.valueOf(now * 1000 + 21600))
                        .replace("IN_AN_HOUR", String.valueOf(now + 3600))
                + "}");

        CliSandbox.Result result =
                sandbox.run("jwt:verify", token, "--public-key", "public.pem", "--path", "/v1/users");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err().lines())
                .hasSize(2)
                .satisfiesExactly(
                        warning -> assertThat(warning).startsWith("warning: " + code + ": "),
                        line -> assertThat(line).startsWith(hint).contains("; fix: "));
    }

    // Vonage/vonage-node-sdk PR #846: Nexmo rejected tokens in which @vonage/jwt before 1.11.1 left its ttl option.
    @Test
    void refusesATtlClaimAndNamesTheGeneratorHabitBehindIt() {
        long now = Instant.now().getEpochSecond();
        String token = handMade("{\"ttl\":900,\"jti\":\"j\",\"iat\":" + now + ",\"exp\":" + (now + 900)
                + ",\"application_id\":\"" + APP_ID + "\"}");

        CliSandbox.Result result = sandbox.run("jwt:verify", token, "--public-key", "public.pem");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .satisfiesExactly(
                        refusal -> assertThat(refusal)
                                .startsWith("nexmock jwt:verify: refused: TTL_CLAIM (401 system:error:invalid-token):"
                                        + " token carries a ttl claim (ttl 900)"),
                        hint -> assertThat(hint)
                                .startsWith("hint: usually @vonage/jwt before 1.11.1")
                                .contains("fix: upgrade @vonage/jwt to 1.11.1 or later"));
    }

    /** A token signed with the application's key over exactly this payload, as other generators write it. */
    private static String handMade(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput =
                base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                        + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        String forged = NexmoJwts.builder()
                .applicationId(APP_ID)
                .privateKey(KeyPairPool.shared().take().getPrivate())
                .sign();

        CliSandbox.Result result = sandbox.run("jwt:verify", forged, "--public-key", "public.pem");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("nexmock jwt:verify: refused: BAD_SIGNATURE")
                .hasLineCount(1);
    }

    @Test
    void fetchesTheApplicationsPublicKeyFromTheApi() {
        WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        try {
            api.stubFor(get("/v2/applications/" + APP_ID)
                    .withBasicAuth("key", "secret")
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withBody("{\"id\":\"" + APP_ID + "\",\"keys\":{\"public_key\":\""
                                    + RsaKeys.toPublicPem(keys.getPublic()).replace("\n", "\\n") + "\"}}")));
            api.stubFor(get(urlPathMatching("/v2/applications/other"))
                    .willReturn(aResponse().withStatus(404)));
            sandbox.variable("NEXMO_API_KEY", "key").variable("NEXMO_API_SECRET", "secret");
            String unknown = NexmoJwts.builder()
                    .applicationId("other")
                    .privateKey(keys.getPrivate())
                    .sign();

            CliSandbox.Result verified = sandbox.run(
                    "jwt:verify", token(Acl.allowAll()), "--base-url", api.baseUrl(), "--path", "/v1/users");
            CliSandbox.Result refused = sandbox.run("jwt:verify", unknown, "--base-url", api.baseUrl());

            assertThat(verified.exitCode()).as(verified.err()).isZero();
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err())
                    .startsWith("nexmock jwt:verify: refused: UNKNOWN_APPLICATION")
                    .hasLineCount(1);
        } finally {
            api.stop();
        }
    }

    @Test
    void namesAMissingKeyFile() {
        CliSandbox.Result result = sandbox.run("jwt:verify", token(Acl.allowAll()), "--public-key", "nope.pem");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("nexmock jwt:verify: public key file " + sandbox.work("nope.pem") + " does not exist"
                        + System.lineSeparator());
    }
}
