package io.github.nexmock.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user:create} against a stubbed Users API: the application token it signs and the body it sends. */
class UserCreateCommandTest {

    private static final String APP_ID = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
    private static final String USER_ID = "USR-11111111-2222-3333-4444-555555555555";
    private static WireMockServer api;
    private static KeyPair keys;

    @TempDir
    Path root;

    private CliSandbox sandbox;

    @BeforeAll
    static void startApi() {
        api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        keys = KeyPairPool.shared().take();
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void writeNexmoApp() throws IOException {
        api.resetAll();
        api.stubFor(post("/v1/users").willReturn(aResponse().withStatus(201).withBody("{\"id\":\"" + USER_ID + "\"}")));
        sandbox = new CliSandbox(root);
        Files.writeString(
                sandbox.work(".nexmo-app"),
                IniFile.empty()
                        .with("app_config", "app_id", APP_ID)
                        .with("app_config", "private_key", RsaKeys.toPkcs8Pem(keys.getPrivate()))
                        .render());
    }

    @Test
    void createsTheUserWithAnApplicationTokenAndPrintsItsId() {
        CliSandbox.Result result = sandbox.run(
                "user:create",
                "name=MY_USER_NAME",
                "display_name=007",
                "properties={\"custom_data\":{\"level\":3}}",
                "--base-url",
                api.baseUrl());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("User created: " + USER_ID + System.lineSeparator());
        api.verify(
                postRequestedFor(urlEqualTo("/v1/users"))
                        .withRequestBody(
                                equalToJson(
                                        "{\"name\":\"MY_USER_NAME\",\"display_name\":\"007\",\"properties\":{\"custom_data\":{\"level\":3}}}")));
        LoggedRequest request =
                api.findAll(postRequestedFor(urlEqualTo("/v1/users"))).get(0);
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        assertThat(JwtVerifier.builder()
                        .keyResolver(id -> Optional.of(keys.getPublic()))
                        .build()
                        .verify(token, "POST", "/v1/users")
                        .applicationId())
                .isEqualTo(APP_ID);
    }

    @Test
    void needsNexmoApp() throws IOException {
        Files.delete(sandbox.work(".nexmo-app"));

        CliSandbox.Result result = sandbox.run("user:create", "name=alice", "--base-url", api.baseUrl());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("nexmock user:create: no .nexmo-app in ")
                .hasLineCount(1);
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void reportsTheApisRefusalOnOneLine() {
        api.stubFor(
                post("/v1/users")
                        .willReturn(
                                aResponse()
                                        .withStatus(409)
                                        .withBody(
                                                "{\"title\":\"Conflict\",\"detail\":\"User already exists\",\"code\":\"user:error:duplicate-name\"}")));

        CliSandbox.Result result = sandbox.run("user:create", "name=alice", "--base-url", api.baseUrl());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("nexmock user:create: POST " + api.baseUrl() + "/v1/users answered 409 Conflict: "
                        + "User already exists" + System.lineSeparator());
    }
}
