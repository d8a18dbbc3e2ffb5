package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NexmockCliTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"serve", "app:create", "user:create", "jwt:generate", "jwt:verify"})
    void everyCommandHasHelp(String command) {
        CliSandbox.Result result = new CliSandbox(root).run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: nexmock " + command);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void withoutACommandPrintsTheListOfCommands() {
        CliSandbox.Result result = new CliSandbox(root).run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("serve", "app:create", "user:create", "jwt:generate", "jwt:verify");
    }

    @Test
    void aCommandLineThatDoesNotParseIsOneLineWithExitCodeTwo() {
        CliSandbox.Result unknownOption =
                new CliSandbox(root).run("jwt:verify", "--public-key", "k.pem", "--pubkey", "x", "TOKEN");
        CliSandbox.Result unknownCommand = new CliSandbox(root).run("app:delete");

        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err())
                .startsWith("nexmock jwt:verify: Unknown option")
                .endsWith("(see 'nexmock jwt:verify --help')" + System.lineSeparator())
                .hasLineCount(1);
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).hasLineCount(1);
    }
}
