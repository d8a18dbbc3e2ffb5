package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NexmoAppFileTest {

    private static final String PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n";

    @TempDir
    Path root;

    @Test
    void writesTheFormatNexmoCliWritesOwnerOnly() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);

        Path file = NexmoAppFile.write(sandbox.environment(), "app-1", PEM);

        assertThat(file).isEqualTo(sandbox.work(".nexmo-app"));
        assertThat(Files.readString(file))
                .isEqualTo(
                        "[app_config]\napp_id=app-1\n"
                                + "private_key=\"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----\\n\"\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void rewritingKeepsOtherValuesOfTheFile() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.work(".nexmo-app"), "[app_config]\napp_id=old\nregion=eu\n[other]\nkept=yes\n");

        NexmoAppFile.write(sandbox.environment(), "new", PEM);

        NexmoAppFile read = NexmoAppFile.require(sandbox.environment());
        assertThat(read.applicationId()).isEqualTo("new");
        assertThat(read.privateKeyPem(sandbox.environment())).isEqualTo(PEM);
        assertThat(Files.readString(sandbox.work(".nexmo-app")))
                .contains("region=eu")
                .contains("[other]\nkept=yes");
    }

    @Test
    void theWorkingDirectoryFileWinsOverTheHomeFile() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.home(".nexmo-app"), "[app_config]\napp_id=home\nprivate_key=home.key\n");
        Files.writeString(sandbox.work(".nexmo-app"), "[app_config]\napp_id=local\nprivate_key=local.key\n");

        assertThat(NexmoAppFile.require(sandbox.environment()).applicationId()).isEqualTo("local");
    }

    @Test
    void aKeyPathIsReadRelativeToTheWorkingDirectory() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.home(".nexmo-app"), "[app_config]\napp_id=a\nprivate_key=keys/app.key\n");
        Files.createDirectories(sandbox.work("keys"));
        Files.writeString(sandbox.work("keys/app.key"), PEM);

        assertThat(NexmoAppFile.require(sandbox.environment()).privateKeyPem(sandbox.environment()))
                .isEqualTo(PEM);
    }

    @Test
    void namesWhatIsMissing() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        assertThatThrownBy(() -> NexmoAppFile.require(sandbox.environment()))
                .isInstanceOf(CliException.class)
                .hasMessageStartingWith("no .nexmo-app in ");

        Files.writeString(sandbox.work(".nexmo-app"), "[app_config]\nprivate_key=x.key\n");
        assertThatThrownBy(() -> NexmoAppFile.require(sandbox.environment()))
                .hasMessage(sandbox.work(".nexmo-app") + " has no app_id in its [app_config] section");

        Files.writeString(sandbox.work(".nexmo-app"), "[app_config]\napp_id=a\nprivate_key=x.key\n");
        NexmoAppFile app = NexmoAppFile.require(sandbox.environment());
        assertThatThrownBy(() -> app.privateKeyPem(sandbox.environment()))
                .hasMessage("private key file named in " + sandbox.work(".nexmo-app") + " " + sandbox.work("x.key")
                        + " does not exist");
    }

    @Test
    void neverShowsThePrivateKeyInToString() {
        assertThat(new NexmoAppFile(root, "a", PEM).toString()).doesNotContain("MIIE");
    }
}
