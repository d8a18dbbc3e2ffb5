package io.github.nexmock.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code app:create} against a stubbed Application API: what it sends, prints and writes. */
class AppCreateCommandTest {

    private static final String APP_ID = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
    private static WireMockServer api;
    private static String privateKeyPem;

    @TempDir
    Path root;

    private CliSandbox sandbox;

    @BeforeAll
    static void startApi() {
        api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        privateKeyPem = RsaKeys.toPkcs8Pem(KeyPairPool.shared().take().getPrivate());
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void stubCreate() {
        api.resetAll();
        api.stubFor(post("/v2/applications")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withBody("{\"id\":\"" + APP_ID + "\",\"keys\":{\"public_key\":\"x\",\"private_key\":"
                                + json(privateKeyPem) + "}}")));
        sandbox = new CliSandbox(root);
    }

    private CliSandbox.Result create(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "app:create";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--base-url";
        all[args.length + 2] = api.baseUrl();
        return sandbox.run(all);
    }

    @Test
    void createsTheApplicationOfTheGuideAndWritesKeyAndNexmoAppOwnerOnly() throws IOException {
        CliSandbox.Result result = create(
                "My Nexmo App",
                "http://example.com/answer",
                "http://example.com/event",
                "--type=rtc",
                "--keyfile=private.key",
                "--api-key",
                "key",
                "--api-secret",
                "secret");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Application created: " + APP_ID,
                        "Credentials written to " + sandbox.work(".nexmo-app"),
                        "Private Key saved to: private.key",
                        ""));
        api.verify(postRequestedFor(urlEqualTo("/v2/applications"))
                .withHeader("Authorization", equalTo("Basic a2V5OnNlY3JldA=="))
                .withRequestBody(equalToJson("{\"name\":\"My Nexmo App\",\"capabilities\":{\"rtc\":{\"webhooks\":{"
                        + "\"event_url\":{\"address\":\"http://example.com/event\",\"http_method\":\"POST\"}}}}}")));
        assertThat(sandbox.work("private.key")).hasContent(privateKeyPem.strip());
        assertThat(permissions(sandbox.work("private.key"))).isEqualTo("rw-------");
        assertThat(permissions(sandbox.work(".nexmo-app"))).isEqualTo("rw-------");
        NexmoAppFile app = NexmoAppFile.require(sandbox.environment());
        assertThat(app.applicationId()).isEqualTo(APP_ID);
        assertThat(app.privateKeyPem(sandbox.environment())).isEqualTo(privateKeyPem);
    }

    @Test
    void mapsSeveralCapabilitiesAndTakesCredentialsFromTheEnvironment() {
        sandbox.variable("VONAGE_API_KEY", "key").variable("VONAGE_API_SECRET", "secret");

        CliSandbox.Result result =
                create("Both", "https://a.example/answer", "https://a.example/event", "--capabilities=voice,rtc,vbc");

        assertThat(result.exitCode()).as(result.err()).isZero();
        api.verify(postRequestedFor(urlEqualTo("/v2/applications"))
                .withHeader("Authorization", equalTo("Basic a2V5OnNlY3JldA=="))
                .withRequestBody(equalToJson("{\"name\":\"Both\",\"capabilities\":{"
                        + "\"voice\":{\"webhooks\":{\"answer_url\":{\"address\":\"https://a.example/answer\",\"http_method\":\"GET\"},"
                        + "\"event_url\":{\"address\":\"https://a.example/event\",\"http_method\":\"POST\"}}},"
                        + "\"rtc\":{\"webhooks\":{\"event_url\":{\"address\":\"https://a.example/event\",\"http_method\":\"POST\"}}},"
                        + "\"vbc\":{}}}")));
    }

    @Test
    void refusesInconsistentArgumentsBeforeCallingTheApi() {
        sandbox.variable("NEXMO_API_KEY", "key").variable("NEXMO_API_SECRET", "secret");

        assertThat(create("A", "http://only-answer").err())
                .isEqualTo(
                        "nexmock app:create: give both ANSWER_URL and EVENT_URL, or neither" + System.lineSeparator());
        assertThat(create("A", "--type=rtc", "--capabilities=voice").err())
                .isEqualTo("nexmock app:create: give --type or --capabilities, not both" + System.lineSeparator());
        assertThat(create("A", "--type=sms").err())
                .startsWith("nexmock app:create: unknown capability 'sms'")
                .hasLineCount(1);
        assertThat(create("A", "--keyfile=missing/private.key").err())
                .startsWith("nexmock app:create: cannot save the private key to ")
                .hasLineCount(1);
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void saysWhereCredentialsCanComeFromWhenThereAreNone() {
        CliSandbox.Result result = create("A");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("nexmock app:create: no API credentials: ")
                .hasLineCount(1);
    }

    @Test
    void reportsTheApisRefusalOnOneLine() {
        api.stubFor(
                post("/v2/applications")
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withBody(
                                                "{\"title\":\"Unauthorized\",\"detail\":\"You did not provide correct credentials.\"}")));

        CliSandbox.Result result = create("A", "--api-key", "key", "--api-secret", "wrong-secret");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("nexmock app:create: POST " + api.baseUrl() + "/v2/applications answered 401 "
                        + "Unauthorized: You did not provide correct credentials." + System.lineSeparator());
        assertThat(sandbox.work(".nexmo-app")).doesNotExist();
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
