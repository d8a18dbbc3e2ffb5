package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path directory;

    @Test
    void replacesAnExistingWorldReadableFileWithAnOwnerOnlyOne() throws IOException {
        Path file = directory.resolve("private.key");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFiles.write(file, "new secret", "private key file");

        assertThat(file).hasContent("new secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var entries = Files.list(directory)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void namesTheMissingDirectory() {
        Path file = directory.resolve("nowhere/private.key");

        assertThatThrownBy(() -> OwnerOnlyFiles.write(file, "x", "private key file"))
                .isInstanceOf(CliException.class)
                .hasMessage("cannot write private key file " + file + ": directory " + file.getParent()
                        + " does not exist");
    }
}
