package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.JwtRejectedException;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.jwt.VerifiedToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtGenerateCommandTest {

    private static final String APP_ID = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
    private static final String CLIENT_SDK_ACL = "{\"paths\":{\"/*/users/**\":{},\"/*/conversations/**\":{},"
            + "\"/*/sessions/**\":{},\"/*/devices/**\":{},\"/*/image/**\":{},\"/*/media/**\":{},"
            + "\"/*/applications/**\":{},\"/*/push/**\":{},\"/*/knocking/**\":{}}}";

    @TempDir
    Path root;

    private CliSandbox sandbox;
    private KeyPair keys;

    @BeforeEach
    void writeKey() throws IOException {
        sandbox = new CliSandbox(root);
        keys = KeyPairPool.shared().take();
        Files.writeString(sandbox.work("private.key"), RsaKeys.toPkcs8Pem(keys.getPrivate()));
    }

    private VerifiedToken verify(String token, String path) {
        return JwtVerifier.builder()
                .keyResolver(id -> Optional.of(keys.getPublic()))
                .build()
                .verify(token.strip(), "GET", path);
    }

    @Test
    void signsTheGuidesClientSdkTokenAndPrintsOnlyTheToken() {
        long exp = Instant.now().getEpochSecond() + 86400;

        CliSandbox.Result result = sandbox.run(
                "jwt:generate",
                "./private.key",
                "sub=alice",
                "exp=" + exp,
                "acl=" + CLIENT_SDK_ACL,
                "application_id=" + APP_ID);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\\R");
        VerifiedToken token = verify(result.out().strip(), "/v1/conversations/CON-1");
        assertThat(token.applicationId()).isEqualTo(APP_ID);
        assertThat(token.subject()).isEqualTo("alice");
        assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(exp));
        assertThat(token.acl()).isEqualTo(Acl.clientSdk());
    }

    @Test
    void acceptsTheOlderGuidesPathShorthandForTheAcl() {
        CliSandbox.Result result =
                sandbox.run("jwt:generate", "private.key", "sub=alice", "acl=/**", "application_id=" + APP_ID);

        assertThat(result.exitCode()).isZero();
        assertThat(verify(result.out(), "/v2/anything/at/all").acl()).isEqualTo(Acl.allowAll());
    }

    @Test
    void givesTimeClaimsNumbersAndParsesOtherClaimsAsJsonOnlyWhenTheyAreJson() {
        long now = Instant.now().getEpochSecond();

        CliSandbox.Result result = sandbox.run(
                "jwt:generate",
                "private.key",
                "application_id=" + APP_ID,
                "acl=/**",
                "iat=" + (now - 10),
                "nbf=" + (now - 5),
                "exp=" + (now + 600),
                "jti=42",
                "sub=007",
                "level=3",
                "tags=[\"a\",\"b\"]",
                "quoted=\"7\"",
                "note=hello world");

        JsonNode payload = TokenPayload.of(result.out());
        assertThat(payload.get("iat").isIntegralNumber()).isTrue();
        assertThat(payload.get("iat").asLong()).isEqualTo(now - 10);
        assertThat(payload.get("nbf").asLong()).isEqualTo(now - 5);
        assertThat(payload.get("exp").asLong()).isEqualTo(now + 600);
        assertThat(payload.get("jti").isTextual()).isTrue();
        assertThat(payload.get("sub").asText()).isEqualTo("007");
        assertThat(payload.get("level").isInt()).isTrue();
        assertThat(payload.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(payload.get("quoted").asText()).isEqualTo("7");
        assertThat(payload.get("note").asText()).isEqualTo("hello world");
        assertThat(verify(result.out(), "/v1/users").applicationId()).isEqualTo(APP_ID);
    }

    @Test
    void takesTheKeyAndApplicationIdFromNexmoAppWhenNoKeyFileIsGiven() throws IOException {
        Files.writeString(
                sandbox.work(".nexmo-app"),
                IniFile.empty()
                        .with("app_config", "app_id", APP_ID)
                        .with("app_config", "private_key", RsaKeys.toPkcs1Pem(keys.getPrivate()))
                        .render());

        CliSandbox.Result result = sandbox.run("jwt:generate", "sub=alice", "acl=/**");

        assertThat(result.exitCode()).isZero();
        assertThat(verify(result.out(), "/v1/users").applicationId()).isEqualTo(APP_ID);
    }

    @Test
    void readsAKeyPathStoredInNexmoAppByAppSetup() throws IOException {
        Files.writeString(sandbox.home(".nexmo-app"), "[app_config]\napp_id=" + APP_ID + "\nprivate_key=private.key\n");

        CliSandbox.Result result = sandbox.run("jwt:generate", "sub=bob");

        assertThat(result.exitCode()).isZero();
        assertThat(TokenPayload.of(result.out()).get("sub").asText()).isEqualTo("bob");
    }

    @Test
    void namesAMissingKeyFileOnOneLine() {
        CliSandbox.Result result = sandbox.run("jwt:generate", "missing.key", "application_id=" + APP_ID);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("nexmock jwt:generate: private key file " + sandbox.work("missing.key") + " does not exist"
                        + System.lineSeparator());
    }

    @Test
    void saysWhyAKeyFileIsUnusableWithoutPrintingIt() throws IOException {
        String certificate =
                "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUSECRETSECRET\n-----END CERTIFICATE-----\n";
        Files.writeString(sandbox.work("cert.pem"), certificate);

        CliSandbox.Result result = sandbox.run("jwt:generate", "cert.pem", "application_id=" + APP_ID);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("nexmock jwt:generate: private key file " + sandbox.work("cert.pem")
                        + " is not a usable RSA private key: ");
        assertThat(result.err()).doesNotContain("SECRETSECRET").hasLineCount(1);
    }

    @Test
    void refusesOnOneLineWhatWouldMakeABadToken() {
        assertThat(sandbox.run("jwt:generate", "private.key", "sub=alice").err())
                .isEqualTo("nexmock jwt:generate: application_id=... is required when a private key file is given"
                        + System.lineSeparator());
        assertThat(sandbox.run("jwt:generate", "private.key", "application_id=" + APP_ID, "exp=tomorrow")
                        .err())
                .startsWith("nexmock jwt:generate: exp must be whole seconds since the epoch")
                .hasLineCount(1);
        assertThat(sandbox.run("jwt:generate", "private.key", "application_id=" + APP_ID, "acl=users")
                        .err())
                .startsWith("nexmock jwt:generate: acl must be a JSON object")
                .hasLineCount(1);
        assertThat(sandbox.run("jwt:generate", "private.key", "application_id=" + APP_ID, "acl={\"paths\":[]}")
                        .err())
                .startsWith("nexmock jwt:generate: acl is not usable: ")
                .hasLineCount(1);
        assertThat(sandbox.run("jwt:generate", "private.key", "application_id=" + APP_ID, "ttl=900")
                        .err())
                .startsWith("nexmock jwt:generate: claim 'ttl' makes Nexmo refuse the token (TTL_CLAIM); give the"
                        + " lifetime as exp instead")
                .hasLineCount(1);
        assertThat(sandbox.run("jwt:generate", "private.key", "application_id=" + APP_ID, "sub")
                        .err())
                .isEqualTo("nexmock jwt:generate: claim 'sub' is not in the form name=value" + System.lineSeparator());
        long now = Instant.now().getEpochSecond();
        CliSandbox.Result tooShort = sandbox.run(
                "jwt:generate", "private.key", "application_id=" + APP_ID, "iat=" + now, "exp=" + (now + 29));
        assertThat(tooShort.exitCode()).isEqualTo(1);
        assertThat(tooShort.err())
                .isEqualTo("nexmock jwt:generate: token lifetime would be 29 s;" + " Nexmo requires at least 30 s"
                        + System.lineSeparator());
    }

    // Support article 360000958407: Nexmo accepts an exp more than 24 h after iat and honours the token 24 h; this
    // test expected a refusal before.
    @Test
    void signsALifetimeOverTwentyFourHoursAndWarnsOnStderr() {
        long now = Instant.now().getEpochSecond();
        CliSandbox.Result result = sandbox.run(
                "jwt:generate", "private.key", "application_id=" + APP_ID, "iat=" + now, "exp=" + (now + 2 * 86400));

        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .startsWith("warning: EXP_BEYOND_24_HOURS: exp is 172800 s after iat")
                .contains("at " + Instant.ofEpochSecond(now + 86400))
                .hasLineCount(1);
        assertThat(verify(result.out(), "/v1/users").expiresAt()).isEqualTo(Instant.ofEpochSecond(now + 86400));
    }

    @Test
    void signsAnOutOfBoundsLifetimeOnlyWhenAskedSoTheVerifierCanRefuseIt() {
        long now = Instant.now().getEpochSecond();
        CliSandbox.Result result = sandbox.run(
                "jwt:generate",
                "--allow-out-of-bounds",
                "private.key",
                "application_id=" + APP_ID,
                "iat=" + now,
                "exp=" + (now + 29));

        assertThat(result.exitCode()).isZero();
        assertThatThrownBy(() -> verify(result.out(), "/v1/users"))
                .isInstanceOfSatisfying(
                        JwtRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LIFETIME_TOO_SHORT));
    }

    @Test
    void explainsThatNexmoAppIsMissing() {
        CliSandbox.Result result = sandbox.run("jwt:generate", "sub=alice");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("nexmock jwt:generate: no .nexmo-app in ")
                .contains("run app:create")
                .hasLineCount(1);
    }
}
