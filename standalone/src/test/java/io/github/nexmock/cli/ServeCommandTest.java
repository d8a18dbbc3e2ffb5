package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s refusals to start, in-process: each is one line naming what is wrong, with exit code 1. */
class ServeCommandTest {

    @TempDir
    Path root;

    private CliSandbox.Result refused(CliSandbox sandbox, String... args) {
        CliSandbox.Result result = sandbox.run(args);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(NexmockCli.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).hasLineCount(1).startsWith("nexmock serve: ");
        return result;
    }

    @Test
    void namesTheMissingDirectoryOfTheStateFile() {
        CliSandbox sandbox = new CliSandbox(root);

        CliSandbox.Result result = refused(sandbox, "serve", "--port", "0", "--state", "missing/state.journal");

        assertThat(result.err())
                .contains("cannot use state file " + sandbox.work("missing/state.journal") + ": directory "
                        + sandbox.work("missing") + " does not exist");
    }

    @Test
    void namesTheMissingSeedFile() {
        CliSandbox sandbox = new CliSandbox(root);

        CliSandbox.Result result = refused(sandbox, "serve", "--port", "0", "--seed", "seed.json");

        assertThat(result.err()).contains("seed file " + sandbox.work("seed.json") + " does not exist");
    }

    @Test
    void refusesHalfACredentialPairWhereverItComesFrom() {
        CliSandbox.Result flag = refused(new CliSandbox(root), "serve", "--port", "0", "--api-secret", "s3cret");
        CliSandbox.Result variable =
                refused(new CliSandbox(root).variable("NEXMO_API_KEY", "key"), "serve", "--port", "0");

        assertThat(flag.err())
                .contains("--api-secret is set but --api-key is not")
                .doesNotContain("s3cret");
        assertThat(variable.err()).contains("NEXMO_API_KEY is set but NEXMO_API_SECRET is not");
    }

    @Test
    void refusesOutOfRangeNumbers() {
        assertThat(refused(new CliSandbox(root), "serve", "--port", "70000").err())
                .contains("70000");
        assertThat(refused(new CliSandbox(root), "serve", "--port", "0", "--max-journal", "0")
                        .err())
                .contains("journal");
    }

    @Test
    void refusesHttpsFlagsThatCannotWork() {
        assertThat(refused(new CliSandbox(root), "serve", "--no-http").err()).contains("--no-http needs --https-port");
        assertThat(refused(new CliSandbox(root), "serve", "--https-keystore", "k.p12", "--https-keystore-password", "x")
                        .err())
                .contains("--https-keystore needs --https-port");
        assertThat(refused(new CliSandbox(root), "serve", "--https-port", "0", "--https-keystore", "k.p12")
                        .err())
                .contains("--https-keystore needs its password: --https-keystore-password or "
                        + ServeCommand.KEYSTORE_PASSWORD_VARIABLE);
    }

    @Test
    void namesAnUnreadableKeystoreWithoutShowingItsPassword() throws Exception {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.work("server.p12"), "not a keystore");

        CliSandbox.Result flag = refused(
                sandbox,
                "serve",
                "--port",
                "0",
                "--https-port",
                "0",
                "--https-keystore",
                "server.p12",
                "--https-keystore-password",
                "Pa55-w0rd-flag");
        CliSandbox.Result variable = refused(
                new CliSandbox(root).variable(ServeCommand.KEYSTORE_PASSWORD_VARIABLE, "Pa55-w0rd-env"),
                "serve",
                "--port",
                "0",
                "--https-port",
                "0",
                "--https-keystore",
                "server.p12");

        assertThat(flag.err())
                .contains("cannot read HTTPS keystore " + sandbox.work("server.p12"))
                .doesNotContain("Pa55-w0rd-flag");
        assertThat(variable.err())
                .contains("cannot read HTTPS keystore " + sandbox.work("server.p12"))
                .doesNotContain("Pa55-w0rd-env");
    }
}
