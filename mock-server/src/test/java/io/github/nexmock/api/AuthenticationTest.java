package io.github.nexmock.api;

import static io.github.nexmock.api.ApplicationsApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.AclRule;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.Rejection;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static final String UNAUTHORIZED = "https://developer.nexmo.com/api-errors#unauthorized";
    private static final String INVALID_TOKEN =
            "https://developer.nexmo.com/api/conversation#system:error:invalid-token";

    private static NexmoMockServer server;
    private static MockFixture mock;
    private CreatedApplication app;
    private long mark;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder()
                .options(NexmockOptions.builder()
                        .account("abcd1234", "s3cr3tS3cr3tS3cr")
                        .build())
                .build()
                .start();
        mock = new MockFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void oneApplication() {
        server.state().reset();
        app = TestKeyPairs.application(server, "auth");
        mark = server.rejections().mark();
    }

    @Test
    void acceptsBasicCredentialsAndTheLegacyQueryParameters() {
        assertThat(mock.account("GET", "/v2/applications").send().status()).isEqualTo(200);
        assertThat(mock.anonymous("GET", "/v2/applications?api_key=abcd1234&api_secret=s3cr3tS3cr3tS3cr")
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesMissingCredentials() {
        HttpCall.Reply refused = mock.anonymous("GET", "/v2/applications").send();

        assertRefusal(refused, 401, UNAUTHORIZED, "MISSING_CREDENTIALS");
    }

    @Test
    void refusesAWrongSecretAndNeverEchoesOrLogsIt() {
        HttpCall.Reply basic = mock.anonymous("GET", "/v2/applications")
                .basic("abcd1234", "wrong-secret")
                .send();
        HttpCall.Reply query = mock.anonymous("GET", "/v2/applications?api_key=abcd1234&api_secret=wrong-secret")
                .send();

        assertRefusal(basic, 401, UNAUTHORIZED, "BAD_CREDENTIALS");
        assertRefusal(query, 401, UNAUTHORIZED, "BAD_CREDENTIALS");
        assertThat(basic.body() + query.body()).doesNotContain("wrong-secret").doesNotContain("s3cr3t");
        assertThat(server.rejections().since(mark))
                .extracting(Rejection::path)
                .containsExactly("/v2/applications", "/v2/applications");
        assertThat(server.rejections().since(mark).toString()).doesNotContain("wrong-secret");
    }

    @Test
    void refusesMalformedBasicCredentialsAndUnknownSchemes() {
        assertRefusal(
                mock.anonymous("GET", "/v2/applications")
                        .header("Authorization", "Basic %%%")
                        .send(),
                401,
                UNAUTHORIZED,
                "MALFORMED_CREDENTIALS");
        assertRefusal(
                mock.anonymous("GET", "/v2/applications")
                        .header("Authorization", "Basic bm9jb2xvbg==")
                        .send(),
                401,
                UNAUTHORIZED,
                "MALFORMED_CREDENTIALS");
        assertRefusal(
                mock.anonymous("GET", "/v2/applications")
                        .header("Authorization", "Digest x")
                        .send(),
                401,
                UNAUTHORIZED,
                "UNSUPPORTED_SCHEME");
    }

    @Test
    void theUsersApiTakesOnlyApplicationTokens() {
        assertRefusal(mock.anonymous("GET", "/v1/users").send(), 401, INVALID_TOKEN, "MISSING_TOKEN");
        assertRefusal(mock.account("GET", "/v1/users").send(), 401, INVALID_TOKEN, "TOKEN_REQUIRED");
    }

    @Test
    void refusesAnExpiredTokenWithTheExpiredCodeAndTheNumbers() {
        String expired = NexmoJwts.builder()
                .applicationId(app.id())
                .privateKey(app.privateKey())
                .issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                .sign();

        HttpCall.Reply refused =
                mock.anonymous("GET", "/v1/users").bearer(expired).send();

        assertRefusal(
                refused, 401, "https://developer.nexmo.com/api/conversation#system:error:expired-token", "EXPIRED");
        assertThat(refused.json().get("code").asText()).isEqualTo("system:error:expired-token");
        assertThat(refused.json().get("detail").asText()).matches("token expired \\d+ s ago .*");
    }

    @Test
    void refusesATokenSignedWithAnotherApplicationsKey() {
        CreatedApplication impostor = new CreatedApplication(app.application(), TestKeyPairs.SECOND.getPrivate());

        HttpCall.Reply refused = mock.app(impostor, "GET", "/v1/users").send();

        assertRefusal(refused, 401, INVALID_TOKEN, "BAD_SIGNATURE");
        Rejection rejection = server.rejections().since(mark).get(0);
        assertThat(rejection.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(rejection.method()).isEqualTo("GET");
        assertThat(rejection.claims()).containsEntry("application_id", app.id()).containsKey("jti");
    }

    @Test
    void refusesMalformedTokens() {
        assertRefusal(mock.anonymous("GET", "/v1/users").bearer("not.a.jwt!").send(), 401, INVALID_TOKEN, "MALFORMED");
    }

    @Test
    void aUserTokenIsBoundByItsAcl() {
        String readOnly = MockFixture.userToken(
                app,
                "alice",
                Acl.builder().path("/*/users/**", AclRule.methods("GET")).build());
        String conversationsOnly = MockFixture.userToken(
                app, "alice", Acl.builder().path("/*/conversations/**").build());

        assertThat(mock.anonymous("GET", "/v1/users").bearer(readOnly).send().status())
                .isEqualTo(200);
        HttpCall.Reply method =
                mock.anonymous("POST", "/v1/users").bearer(readOnly).json("{}").send();
        HttpCall.Reply path =
                mock.anonymous("GET", "/v1/users").bearer(conversationsOnly).send();

        assertRefusal(
                method,
                403,
                "https://developer.nexmo.com/api/conversation#system:error:permission",
                "ACL_DENIES_METHOD");
        assertRefusal(
                path, 403, "https://developer.nexmo.com/api/conversation#system:error:permission", "ACL_DENIES_PATH");
        assertThat(server.state().users(app.id())).isEmpty();
    }

    @Test
    void logsEveryRefusalInOrder() {
        mock.anonymous("GET", "/v2/applications").send();
        mock.anonymous("DELETE", "/v1/users/USR-1?api_secret=leak").send();

        List<Rejection> rejections = server.rejections().since(mark);

        assertThat(rejections)
                .extracting(Rejection::reason)
                .containsExactly(Reason.MISSING_CREDENTIALS, Reason.MISSING_TOKEN);
        assertThat(rejections.get(1).path()).isEqualTo("/v1/users/USR-1");
        assertThat(rejections.get(1).method()).isEqualTo("DELETE");
        assertThat(rejections)
                .allSatisfy(rejection -> assertThat(rejection.detail()).isNotBlank());
    }

    @Test
    void protectsPathsTheMockDoesNotServe() {
        assertRefusal(
                mock.anonymous("POST", "/v1/stubbed-only").json("{}").send(), 401, UNAUTHORIZED, "MISSING_CREDENTIALS");
        assertThat(mock.app(app, "POST", "/v1/stubbed-only").json("{}").send().status())
                .isEqualTo(404);
    }

    private static void assertRefusal(HttpCall.Reply reply, int status, String type, String reason) {
        assertProblem(reply, status, type);
        JsonNode problem = reply.json();
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
        assertThat(problem.get("code").asText()).startsWith("system:error:");
    }
}
