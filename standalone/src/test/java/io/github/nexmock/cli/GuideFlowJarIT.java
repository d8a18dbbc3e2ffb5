package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.Acl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nexmo's "create your application, users and tokens" guide, step by step, with the standalone jar in child processes:
 * serve, app:create, user:create, jwt:generate with the client SDK ACL, then requests with the tokens.
 */
class GuideFlowJarIT {

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    private StandaloneJar.Server server;

    @BeforeEach
    void serve() {
        server = jar.serve();
    }

    @Test
    void followsTheGuideFromApplicationToAcceptedAndExpiredTokens() throws Exception {
        String[] api = {"--base-url", server.baseUrl(), "--api-key", server.apiKey(), "--api-secret", server.apiSecret()
        };
        RawApi raw = new RawApi(server.baseUrl(), server.apiKey(), server.apiSecret());
        assertThat(raw.basic("GET", "/__admin/health", null).status()).isEqualTo(200);

        StandaloneJar.Result app = jar.run(concat(
                new String[] {
                    "app:create",
                    "My Nexmo App",
                    "https://example.com/answer",
                    "https://example.com/event",
                    "--type=rtc",
                    "--keyfile=private.key"
                },
                api));
        assertThat(app.exitCode()).as(app.err()).isZero();
        assertThat(app.out()).matches("(?s)Application created: [0-9a-f-]{36}\\R.*");
        String applicationId = app.out().lines().findFirst().orElseThrow().substring("Application created: ".length());
        assertThat(app.out()).doesNotContain("PRIVATE KEY");
        assertOwnerOnly(jar.work("private.key"));
        assertOwnerOnly(jar.work(".nexmo-app"));
        assertThat(Files.readString(jar.work(".nexmo-app"))).contains("[app_config]", "app_id=" + applicationId);
        assertThat(raw.basic("GET", "/v2/applications/" + applicationId, null)
                        .json()
                        .at("/capabilities/rtc/webhooks/event_url/address")
                        .asText())
                .isEqualTo("https://example.com/event");

        StandaloneJar.Result user =
                jar.run("user:create", "name=alice", "display_name=Alice", "--base-url", server.baseUrl());
        assertThat(user.exitCode()).as(user.err()).isZero();
        assertThat(user.out()).matches("User created: USR-[0-9a-f-]{36}\\R");
        String userId = user.out().strip().substring("User created: ".length());

        long now = Instant.now().getEpochSecond();
        StandaloneJar.Result token = jar.run(
                "jwt:generate",
                "./private.key",
                "sub=alice",
                "exp=" + (now + 86400),
                "acl=" + Acl.clientSdk().toJson(),
                "application_id=" + applicationId);
        assertThat(token.exitCode()).as(token.err()).isZero();
        RawApi.Response accepted =
                raw.bearer("GET", "/v1/users/" + userId, token.out().strip(), null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("display_name").asText()).isEqualTo("Alice");

        StandaloneJar.Result expired = jar.run(
                "jwt:generate",
                "./private.key",
                "sub=alice",
                "iat=" + (now - 120),
                "exp=" + (now - 60),
                "acl=" + Acl.clientSdk().toJson(),
                "application_id=" + applicationId);
        RawApi.Response refused =
                raw.bearer("GET", "/v1/users/" + userId, expired.out().strip(), null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("code").asText()).isEqualTo("system:error:expired-token");
        assertThat(refused.json().get("detail").asText()).contains("expired");

        StandaloneJar.Result verified =
                jar.run(concat(new String[] {"jwt:verify", token.out().strip(), "--path", "/v1/users/" + userId}, api));
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("\"sub\" : \"alice\"");
        StandaloneJar.Result notVerified = jar.run("jwt:verify", expired.out().strip(), "--public-key", "private.key");
        assertThat(notVerified.exitCode()).isEqualTo(1);
        assertThat(notVerified.out()).isEmpty();
        assertThat(notVerified.err())
                .startsWith("nexmock jwt:verify: refused: EXPIRED")
                .hasLineCount(1);
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
