package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code serve} as a child process: ready line, credentials, seed and state files, start-up errors, shutdown. */
class ServeJarIT {

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    @Test
    void printsTheCredentialsItGeneratedAndAnswersHealthAndTheApi() throws Exception {
        StandaloneJar.Server server = jar.serve();
        RawApi api = new RawApi(server.baseUrl(), server.apiKey(), server.apiSecret());

        assertThat(server.apiSecret()).doesNotStartWith("(");
        assertThat(server.signatureSecret()).matches("[A-Za-z0-9]{32}");
        assertThat(api.basic("GET", "/__admin/health", null).status()).isEqualTo(200);
        assertThat(api.basic("GET", "/v2/applications", null).status()).isEqualTo(200);
        assertThat(new RawApi(server.baseUrl(), server.apiKey(), "wrong")
                        .basic("GET", "/v2/applications", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void printsWhereGivenCredentialsCameFromInsteadOfTheSecret() throws Exception {
        Files.writeString(jar.home(".nexmorc"), "[credentials]\napi_key=rc-key\napi_secret=rc-secret\n");

        StandaloneJar.Server server = jar.serve("--signature-secret", "sig-secret-from-the-dashboard");

        assertThat(server.apiKey()).isEqualTo("rc-key");
        assertThat(server.apiSecret()).isEqualTo("(given");
        assertThat(server.signatureSecret()).isEqualTo("(given)");
        assertThat(new RawApi(server.baseUrl(), "rc-key", "rc-secret")
                        .basic("GET", "/v2/applications", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void seedsOnceAndKeepsTheStateAcrossRestarts() throws Exception {
        Files.writeString(
                jar.work("seed.json"),
                "{\"applications\":[{\"name\":\"Seeded\",\"private_key_file\":\"seeded.key\","
                        + "\"users\":[{\"name\":\"alice\"},{\"name\":\"bob\"}]}]}");
        String[] options = {"--seed", "seed.json", "--state", "state.journal", "--api-key", "k", "--api-secret", "s"};

        jar.serve(options).stop();
        StandaloneJar.Server restarted = jar.serve(options);

        RawApi.Response applications = new RawApi(restarted.baseUrl(), "k", "s").basic("GET", "/v2/applications", null);
        assertThat(applications.json().get("total_items").asInt()).isEqualTo(1);
        assertThat(applications.json().at("/_embedded/applications/0/name").asText())
                .isEqualTo("Seeded");
        assertThat(jar.work("seeded.key")).exists();
    }

    @Test
    void refusesACorruptStateFileAndLeavesItAsItWas() throws Exception {
        Files.writeString(jar.work("state.journal"), "this is not a nexmock state file\n");

        StandaloneJar.Result result = jar.run("serve", "--port", "0", "--state", "state.journal");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("nexmock serve: ")
                .contains("state.journal")
                .hasLineCount(1);
        assertThat(result.out()).isEmpty();
        assertThat(jar.work("state.journal")).hasContent("this is not a nexmock state file");
    }

    @Test
    void refusesAStateFileAnotherServerIsUsingAndLeavesThatServerAlone() throws Exception {
        StandaloneJar.Server first = jar.serve("--state", "state.journal", "--api-key", "k", "--api-secret", "s");
        RawApi api = new RawApi(first.baseUrl(), "k", "s");
        api.basic("POST", "/v2/applications", "{\"name\":\"before\"}");

        StandaloneJar.Result second = jar.run("serve", "--port", "0", "--state", "state.journal");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err())
                .startsWith("nexmock serve: ")
                .contains("in use by another nexmock server")
                .hasLineCount(1);
        assertThat(api.basic("POST", "/v2/applications", "{\"name\":\"after\"}").status())
                .isEqualTo(201);
        assertThat(api.basic("GET", "/v2/applications", null)
                        .json()
                        .get("total_items")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void saysWhichPortItCannotListenOn() throws Exception {
        StandaloneJar.Server first = jar.serve();
        String port = String.valueOf(URI.create(first.baseUrl()).getPort());

        StandaloneJar.Result second = jar.run("serve", "--port", port);

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err())
                .startsWith("nexmock serve: cannot listen on 127.0.0.1:" + port)
                .hasLineCount(1);
    }

    @Test
    void stopsCleanlyOnSigtermAndFreesThePort() throws Exception {
        StandaloneJar.Server server = jar.serve("--state", "state.journal");
        URI uri = URI.create(server.baseUrl());

        String log = server.stop();

        assertThat(log).isEqualToIgnoringNewLines("nexmock stopped");
        assertThat(server.process().exitValue()).isEqualTo(143);
        assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close())
                .isInstanceOf(IOException.class);
    }
}
