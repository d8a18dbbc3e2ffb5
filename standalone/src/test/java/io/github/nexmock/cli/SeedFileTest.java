package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.User;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFileTest {

    @TempDir
    Path directory;

    private Path seed(String json) throws IOException {
        return Files.writeString(directory.resolve("seed.json"), json);
    }

    @Test
    void createsApplicationsAndUsersAndAnOwnerOnlyKeyWhenTheKeyFileIsMissing() throws IOException {
        KeyPair existing = KeyPairPool.shared().take();
        Files.writeString(directory.resolve("existing.key"), RsaKeys.toPkcs1Pem(existing.getPrivate()));
        Path file = seed("{\"applications\":["
                + "{\"name\":\"Chat\",\"private_key_file\":\"existing.key\",\"capabilities\":{\"rtc\":{}},"
                + "\"users\":[{\"name\":\"alice\",\"display_name\":\"Alice\"},{\"name\":\"bob\"}]},"
                + "{\"name\":\"Voice\",\"private_key_file\":\"keys/../voice.key\"}]}");
        NexmoState state = NexmoState.inMemory();
        StringWriter out = new StringWriter();

        SeedFile.read(file).applyTo(state, KeyPairPool.shared(), new PrintWriter(out, true));

        assertThat(state.applications()).extracting(Application::name).containsExactly("Chat", "Voice");
        Application chat = state.applications().get(0);
        assertThat(chat.publicKey()).isEqualTo(existing.getPublic());
        assertThat(chat.capabilities().has("rtc")).isTrue();
        assertThat(state.users(chat.id()))
                .extracting(User::name, User::displayName)
                .containsExactly(tuple("alice", "Alice"), tuple("bob", null));
        Path voiceKey = directory.resolve("voice.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(voiceKey)))
                .isEqualTo("rw-------");
        assertThat(state.applications().get(1).publicKey())
                .isEqualTo(RsaKeys.publicKeyOf(RsaKeys.readPrivateKey(Files.readString(voiceKey))));
        assertThat(out.toString())
                .contains("seeded application " + chat.id() + " \"Chat\" with 2 users")
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    void seedingAgainLeavesWhatIsAlreadyThere() throws IOException {
        Path file = seed(
                "{\"applications\":[{\"name\":\"Chat\",\"private_key_file\":\"chat.key\",\"users\":[{\"name\":\"alice\"}]}]}");
        NexmoState state = NexmoState.inMemory();
        PrintWriter out = new PrintWriter(new StringWriter());
        SeedFile.read(file).applyTo(state, KeyPairPool.shared(), out);
        var before = state.snapshot();

        SeedFile.read(file).applyTo(state, KeyPairPool.shared(), out);

        assertThat(state.snapshot()).isEqualTo(before);
    }

    @Test
    void namesTheEntryThatIsWrong() throws IOException {
        assertThatThrownBy(() -> SeedFile.read(directory.resolve("none.json")))
                .isInstanceOf(CliException.class)
                .hasMessage("seed file " + directory.resolve("none.json") + " does not exist");
        Path file = seed("{\"apps\":[]}");
        assertThatThrownBy(() -> SeedFile.read(file))
                .hasMessage("seed file " + file + " needs {\"applications\": [...]}");
        seed("{\"applications\":[{\"name\":\"A\"}]}");
        assertThatThrownBy(() -> SeedFile.read(file))
                .hasMessage("seed file " + file + ": applications[0] has no private_key_file");
        seed(
                "{\"applications\":[{\"name\":\"A\",\"private_key_file\":\"a.key\",\"users\":[{\"name\":\"x\"},{\"name\":\"x\"}]}]}");
        assertThatThrownBy(() -> SeedFile.read(file))
                .hasMessage("seed file " + file + ": applications[0].users[1] repeats user name 'x'");
        seed("{\"applications\":[{\"name\":\"A\",\"private_key_file\":\"a.key\",\"users\":[{\"name\":7}]}]}");
        assertThatThrownBy(() -> SeedFile.read(file))
                .hasMessage("seed file " + file + ": applications[0].users[0].name must be a non-empty string");
        seed("{\"applications\":[");
        assertThatThrownBy(() -> SeedFile.read(file))
                .hasMessageStartingWith("seed file " + file + " is not valid JSON: ");
    }
}
