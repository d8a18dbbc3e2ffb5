package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.StateFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state file whose records were changed after the mock wrote them (a byte inside a string, where the JSON still
 * parses) is refused at start with the line and what to do, and left as it is; it is never loaded silently.
 */
class StateFileTamperingTest {

    @TempDir
    Path dir;

    @Test
    void aByteChangedInsideAStringIsRefusedWithItsLineAndWhatToDo() throws IOException {
        Path file = dir.resolve("state.journal");
        try (NexmoMockServer server = NexmoMockServer.builder().stateFile(file).build()) {
            server.createUser(server.createApplication("first").id(), "alice");
            server.createApplication("second");
        }
        String content = Files.readString(file);
        int at = content.indexOf("\"alice\"") + 1;
        Files.writeString(file, content.substring(0, at) + 'A' + content.substring(at + 1));
        byte[] tampered = Files.readAllBytes(file);

        assertThatThrownBy(() -> NexmoMockServer.builder().stateFile(file).build())
                .isInstanceOf(UncheckedIOException.class)
                .cause()
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining(file.toRealPath() + ", line 3: the record does not match its checksum")
                .hasMessageContaining("restore the file from a backup, or delete this line and the lines after it");
        assertThat(Files.readAllBytes(file)).isEqualTo(tampered);
        assertThat(new String(tampered, StandardCharsets.UTF_8)).contains("\"Alice\"");
    }
}
