package io.github.nexmock.samples.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoExtension;
import io.github.nexmock.junit5.NexmoTarget;
import io.github.nexmock.junit5.NexmoUser;
import io.github.nexmock.junit5.NexmoUserRef;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.jwt.TestClock;
import io.github.nexmock.samples.Http;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token service's tokens, checked by the mock exactly as Nexmo checks them: signature, ACL and expiry. */
class TokenServiceTest {

    static final TestClock CLOCK = TestClock.stoppedNow();
    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final UserPasswords USERS = new UserPasswords(Map.of("alice", "wonderland", "bob", "builder"));

    @RegisterExtension
    static final NexmoExtension NEXMO =
            NexmoExtension.builder().clock(CLOCK).capabilities(Capability.RTC).build();

    private final NexmoApplication app;
    private final NexmoEnvironment nexmo;
    private TokenService service;

    TokenServiceTest(NexmoApplication app, NexmoEnvironment nexmo) {
        this.app = app;
        this.nexmo = nexmo;
    }

    @BeforeEach
    void startTheService() throws IOException {
        assumeTrue(nexmo.target() == NexmoTarget.MOCK, "these tests move the clock, which only the mock follows");
        service = start(app.privateKeyPem());
    }

    @AfterEach
    void stopTheService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void issuesATokenTheMockAcceptsForTheUsersPaths(@NexmoUser("alice") NexmoUserRef alice) {
        Http.Reply issued = login(service, "alice", "wonderland");

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.text("user")).isEqualTo("alice");
        assertThat(Instant.parse(issued.text("expires_at")))
                .isEqualTo(CLOCK.instant().plus(LIFETIME));
        String token = issued.text("token");
        Http.Reply user = Http.get(api("/v1/users/" + alice.id()), Http.bearer(token));
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.text("name")).isEqualTo("alice");
        Http.Reply list = Http.get(api("/v0.3/users"), Http.bearer(token));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("_embedded").path("users").findValuesAsText("name"))
                .contains("alice");
    }

    @Test
    void refusesAWrongPasswordWithoutIssuingAToken() {
        Http.Reply refused = login(service, "alice", "looking-glass");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().has("token")).isFalse();
    }

    @Test
    void theMockRefusesTheTokenForAPathOutsideItsAcl() {
        String token = login(service, "bob", "builder").text("token");

        Http.Reply call = Http.send("POST", api("/v1/calls"), Http.bearer(token), "{}");

        assertThat(call.status()).isEqualTo(403);
        assertThat(call.contentType()).startsWith("application/problem+json");
        assertThat(call.text("code")).isEqualTo("system:error:permission");
        assertThat(call.text("reason")).isEqualTo("ACL_DENIES_PATH");
    }

    @Test
    void theMockRefusesTheTokenFromTheSecondItExpires(@NexmoUser("alice") NexmoUserRef alice) {
        String token = login(service, "alice", "wonderland").text("token");
        URI aliceUri = api("/v1/users/" + alice.id());

        CLOCK.advance(LIFETIME.minusSeconds(1));
        assertThat(Http.get(aliceUri, Http.bearer(token)).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        Http.Reply expired = Http.get(aliceUri, Http.bearer(token));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.text("code")).isEqualTo("system:error:expired-token");
        assertThat(expired.text("reason")).isEqualTo("EXPIRED");
    }

    @Test
    void theMockRefusesTokensSignedWithAnotherApplicationsKey(@NexmoUser("alice") NexmoUserRef alice)
            throws IOException {
        var mock = nexmo.mockServer().orElseThrow();
        var staging = mock.createApplication("chat staging");
        long mark = mock.rejections().mark();
        try (TokenService misconfigured = start(staging.privateKeyPem())) {
            String token = login(misconfigured, "alice", "wonderland").text("token");

            Http.Reply refused = Http.get(api("/v1/users/" + alice.id()), Http.bearer(token));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.text("reason")).isEqualTo("BAD_SIGNATURE");
            assertThat(mock.rejections().since(mark))
                    .singleElement()
                    .satisfies(rejection -> assertThat(rejection.claims()).containsEntry("sub", "alice"));
        } finally {
            mock.deleteApplication(staging.id());
        }
    }

    @Test
    void refusesToStartWithAPublicKeyWhereThePrivateKeyBelongs() {
        assertThatThrownBy(() -> ApplicationKey.fromPem(app.id(), app.publicKeyPem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no '-----BEGIN PRIVATE KEY-----' block");
    }

    @Test
    void refusesToStartWithAPkcs1KeyAndSaysHowToConvertIt() {
        String pkcs1 = RsaKeys.toPkcs1Pem(app.privateKey());

        assertThatThrownBy(() -> ApplicationKey.fromPem(app.id(), pkcs1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void refusesToStartWithAKeyCutShortWhilePasting() {
        List<String> lines = app.privateKeyPem().lines().toList();
        String cutShort = String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(lines.size() - 1);

        assertThatThrownBy(() -> ApplicationKey.fromPem(app.id(), cutShort))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("private key PEM does not hold a readable RSA key");
    }

    /** The service as deployed for this application, with whatever private key its configuration holds. */
    private TokenService start(String privateKeyPem) throws IOException {
        ClientTokens tokens = new ClientTokens(ApplicationKey.fromPem(app.id(), privateKeyPem), LIFETIME, CLOCK);
        return TokenService.start(tokens, USERS, 0);
    }

    private static Http.Reply login(TokenService service, String user, String password) {
        return Http.send("POST", service.tokenUri(), Http.basic(user, password), null);
    }

    private URI api(String path) {
        return nexmo.baseUrl().resolve(path);
    }
}
