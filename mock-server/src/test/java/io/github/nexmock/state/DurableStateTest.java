package io.github.nexmock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The header of a file written before records carried checksums, which nexmock still reads. */
    private static final String HEADER = "{\"format\":\"nexmock-state\",\"version\":1}";

    private static final String CHECKED_HEADER = checksummed("{\"format\":\"nexmock-state\",\"version\":2}");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.jsonl");
    }

    @Test
    void createsMissingFileWithFormatHeaderReadableOnlyByOwner() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            assertThat(state.snapshot()).isEqualTo(StateSnapshot.EMPTY);
        }

        assertThat(Files.readAllLines(file())).containsExactly(CHECKED_HEADER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("state.jsonl.tmp")).doesNotExist();
    }

    @Test
    void refusesAFileAnotherOpenStateHoldsUntilItIsClosed() throws IOException {
        try (NexmoState first = NexmoState.durable(file())) {
            first.createApplication(ApplicationFields.of("kept", TestKeys.FIRST));
            List<String> written = Files.readAllLines(file());

            assertThatThrownBy(() -> NexmoState.durable(file()))
                    .isInstanceOf(StateFileException.class)
                    .hasMessage("state file " + file().toRealPath() + ": in use by another nexmock server (it holds"
                            + " state.jsonl.lock); stop that one or give this one another state file");
            assertThat(Files.readAllLines(file())).isEqualTo(written);
            first.createApplication(ApplicationFields.of("still written", TestKeys.FIRST));
        }

        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.applications()).extracting(Application::name).containsExactly("kept", "still written");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state.jsonl.lock"))))
                .isEqualTo("rw-------");
    }

    @Test
    void reopeningMakesFileOwnerOnlyAgain() throws IOException {
        NexmoState.durable(file()).close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        NexmoState.durable(file()).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
                .isEqualTo("rw-------");
    }

    @Test
    void reopenedStateEqualsWhatWasAcknowledgedIncludingOrderAndCursors() throws IOException {
        StateSnapshot saved;
        UserCursor cursor;
        String applicationId;
        try (NexmoState state = NexmoState.durable(file())) {
            applicationId = richState(state);
            saved = state.snapshot();
            cursor = state.users(applicationId, UserQuery.firstPage(1, SortOrder.ASC))
                    .next();
        }

        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
            assertThat(reopened.users(applicationId, new UserQuery(1, SortOrder.ASC, cursor, null))
                            .users())
                    .extracting(User::name)
                    .containsExactly("ümit");
            User created = reopened.createUser(applicationId, UserFields.named("last"));
            assertThat(reopened.users(applicationId)).last().isEqualTo(created);
        }
    }

    @Test
    void everyChangeIsInTheFileWhenTheCallReturns() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            String applicationId = richState(state);
            Path copy = dir.resolve("copy.jsonl");
            Files.copy(file(), copy);

            try (NexmoState fromCopy = NexmoState.durable(copy)) {
                assertThat(fromCopy.snapshot()).isEqualTo(state.snapshot());
            }
            assertThat(state.users(applicationId)).isNotEmpty();
        }
    }

    @Test
    void openingCompactsTheJournalToOneLinePerRecord() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            String applicationId = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST))
                    .id();
            User user = state.createUser(applicationId, UserFields.named("alice"));
            for (int i = 0; i < 20; i++) {
                state.updateUser(applicationId, user.id(), user.fields().withDisplayName("Alice " + i));
            }
            String doomed = state.createApplication(ApplicationFields.of("doomed", TestKeys.SECOND))
                    .id();
            state.createUser(doomed, UserFields.named("bob"));
            state.deleteApplication(doomed);
            assertThat(Files.readAllLines(file())).hasSize(1 + 1 + 1 + 20 + 1 + 1 + 1);
        }

        NexmoState.durable(file()).close();

        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("Alice 19");
    }

    @Test
    void compactsWhileOpenOnceTheJournalHasDoubled() throws IOException {
        StateSnapshot saved;
        StateFile.Opened opened = StateFile.open(file(), 4);
        try (NexmoState state = new NexmoState(opened.account(), opened.journal(), Clock.systemUTC())) {
            String applicationId = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST))
                    .id();
            User user = state.createUser(applicationId, UserFields.named("alice"));
            for (int i = 0; i < 30; i++) {
                state.updateUser(applicationId, user.id(), user.fields().withDisplayName("Alice " + i));
                assertThat(Files.readAllLines(file())).as("after update %d", i).hasSizeLessThanOrEqualTo(1 + 3 + 4);
            }
            saved = state.snapshot();
        }

        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
        }
    }

    @Test
    void followsSymbolicLinkAndKeepsIt() throws IOException {
        Path target = dir.resolve("real.jsonl");
        NexmoState.durable(target).close();
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), target);

        try (NexmoState state = NexmoState.durable(link)) {
            state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(target)).hasSize(2);
    }

    @Test
    void tornLastLineIsDroppedAndTruncatedAway() throws IOException {
        StateSnapshot saved;
        try (NexmoState state = NexmoState.durable(file())) {
            richState(state);
            saved = state.snapshot();
        }
        Files.writeString(file(), "{\"op\":\"user.put\",\"sequ", StandardOpenOption.APPEND);

        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
        }
        String content = Files.readString(file());
        assertThat(content).endsWith("\n").doesNotContain("\"sequ\n");
    }

    @Test
    void crashAtAnyByteOfTheLastAppendLoadsTheStateBeforeOrAfterIt() throws IOException {
        StateSnapshot before;
        StateSnapshot after;
        try (NexmoState state = NexmoState.durable(file())) {
            String applicationId = richState(state);
            before = state.snapshot();
            state.createUser(
                    applicationId,
                    new UserFields(
                            "zoë", "Zoë 🦊", null, JSON.readTree("{\"custom_data\":{\"ключ\":\"значение\"}}"), null));
            after = state.snapshot();
        }
        byte[] full = Files.readAllBytes(file());
        int lastLineStart = lastIndexOf(full, (byte) '\n', full.length - 2) + 1;

        for (int cut = lastLineStart; cut <= full.length; cut++) {
            Path crashed = dir.resolve("crashed-" + cut + ".jsonl");
            Files.write(crashed, Arrays.copyOf(full, cut));
            try (NexmoState reopened = NexmoState.durable(crashed)) {
                StateSnapshot expected = cut >= full.length - 1 ? after : before;
                assertThat(reopened.snapshot())
                        .as("file cut at byte %d of %d", cut, full.length)
                        .isEqualTo(expected);
            }
            assertThat(Files.readAllBytes(crashed))
                    .as("rewritten file at cut %d", cut)
                    .endsWith('\n');
        }
    }

    @Test
    void refusesCorruptLineBeforeTheLastNamingFileAndLineAndLeavesFileAlone() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            richState(state);
        }
        List<String> lines = Files.readAllLines(file());
        lines.set(2, lines.get(2).substring(0, 20));
        Files.write(file(), lines);
        byte[] corrupt = Files.readAllBytes(file());

        assertThatThrownBy(() -> NexmoState.durable(file()))
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("line 3");
        assertThat(Files.readAllBytes(file())).isEqualTo(corrupt);
    }

    @Test
    void refusesChangeThatDoesNotFitTheStateBeforeIt() throws IOException {
        Files.writeString(
                file(), HEADER + "\n{\"op\":\"user.delete\",\"application_id\":\"a\",\"user_id\":\"USR-1\"}\n");

        assertThatThrownBy(() -> NexmoState.durable(file()))
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("no application with id a");
    }

    @Test
    void refusesCompleteLastLineThatIsNotAChange() throws IOException {
        Files.writeString(file(), HEADER + "\n{\"op\":\"rename.everything\"}");

        assertThatThrownBy(() -> NexmoState.durable(file()))
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("rename.everything");
    }

    @Test
    void refusesForeignFilesAndLeavesThemAlone() throws IOException {
        for (String foreign : List.of(
                "hello world\n",
                "{\"format\":\"something-else\",\"version\":1}\n",
                "[1,2,3]\n",
                "\n",
                "{\"format\":\"nexmock-st")) {
            Files.writeString(file(), foreign);

            assertThatThrownBy(() -> NexmoState.durable(file()))
                    .as(foreign)
                    .isInstanceOf(StateFileException.class)
                    .hasMessageContaining(file().toString())
                    .hasMessageContaining("line 1")
                    .hasMessageContaining("not a nexmock state file");
            assertThat(Files.readString(file())).isEqualTo(foreign);
        }
    }

    @Test
    void refusesStateFileOfAnotherVersion() throws IOException {
        Files.writeString(file(), "{\"format\":\"nexmock-state\",\"version\":3}\n");

        assertThatThrownBy(() -> NexmoState.durable(file()))
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining("version 3");
    }

    @Test
    void refusesARecordChangedAfterItWasWrittenNamingItsLineAndWhatToDoAndLeavesTheFileAlone() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            richState(state);
        }
        List<String> lines = Files.readAllLines(file());
        lines.set(2, lines.get(2).replaceFirst("\"name\":\"(.)", "\"name\":\"X"));
        Files.write(file(), lines);
        byte[] changed = Files.readAllBytes(file());

        assertThatThrownBy(() -> NexmoState.durable(file()))
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("line 3: the record does not match its checksum")
                .hasMessageContaining("restore the file from a backup, or delete this line and the lines after it");
        assertThat(Files.readAllBytes(file())).isEqualTo(changed);
    }

    @Test
    void readsAFileWrittenBeforeChecksumsAndRewritesItWithThem() throws IOException {
        StateSnapshot saved;
        try (NexmoState state = NexmoState.durable(file())) {
            richState(state);
            saved = state.snapshot();
        }
        List<String> version1 = new ArrayList<>(Files.readAllLines(file()).stream()
                .map(line -> line.substring(0, line.lastIndexOf('\t')))
                .toList());
        version1.set(0, HEADER);
        Files.write(file(), version1);

        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
        }
        List<String> rewritten = Files.readAllLines(file());
        assertThat(rewritten.get(0)).isEqualTo(CHECKED_HEADER);
        assertThat(rewritten).hasSizeGreaterThan(1).allMatch(line -> line.matches(".*\t[0-9a-f]{8}"));
    }

    @Test
    void emptyFileIsAnEmptyState() throws IOException {
        Files.createFile(file());

        try (NexmoState state = NexmoState.durable(file())) {
            assertThat(state.snapshot()).isEqualTo(StateSnapshot.EMPTY);
        }
        assertThat(Files.readAllLines(file())).containsExactly(CHECKED_HEADER);
    }

    @Test
    void failedAppendLeavesMemoryAndFileAsTheyWere() throws IOException {
        NexmoState state = NexmoState.durable(file());
        String applicationId = richState(state);
        StateSnapshot saved = state.snapshot();
        state.close();

        assertThatThrownBy(() -> state.createUser(applicationId, UserFields.named("lost")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("not applied");
        assertThatThrownBy(() -> state.deleteApplication(applicationId)).isInstanceOf(IllegalStateException.class);
        assertThat(state.snapshot()).isEqualTo(saved);
        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
        }
    }

    @Test
    void failedRewriteLeavesMemoryAndFileAsTheyWere() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            String applicationId = richState(state);
            StateSnapshot saved = state.snapshot();
            Path blocker =
                    Files.createDirectories(dir.resolve("state.jsonl.tmp").resolve("occupied"));

            assertThatThrownBy(state::reset)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("nothing was changed");
            assertThat(state.snapshot()).isEqualTo(saved);

            Files.delete(blocker);
            User later = state.createUser(applicationId, UserFields.named("later"));
            try (NexmoState copy = NexmoState.durable(copyOfFile())) {
                assertThat(copy.users(applicationId)).last().isEqualTo(later);
            }
        }
    }

    @Test
    void restoreAndResetAreDurable() throws IOException {
        StateSnapshot saved;
        try (NexmoState state = NexmoState.durable(file())) {
            richState(state);
            saved = state.snapshot();
            state.reset();
            try (NexmoState afterReset = NexmoState.durable(copyOfFile())) {
                assertThat(afterReset.snapshot()).isEqualTo(StateSnapshot.EMPTY);
            }
            state.restore(saved);
        }

        try (NexmoState reopened = NexmoState.durable(file())) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
        }
    }

    @Test
    void neverWritesAnythingButPublicKeys() throws IOException {
        try (NexmoState state = NexmoState.durable(file())) {
            richState(state);
        }

        assertThat(Files.readString(file())).contains("BEGIN PUBLIC KEY").doesNotContain("PRIVATE");
    }

    private Path copyOfFile() throws IOException {
        Path copy = Files.createTempFile(dir, "copy", ".jsonl");
        Files.copy(file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** Two applications, one with JSON members, users with and without optional members, a rename and a delete. */
    private static String richState(NexmoState state) throws IOException {
        Application app = state.createApplication(new ApplicationFields(
                "rich",
                JSON.readTree("{\"rtc\":{\"webhooks\":{\"event_url\":{\"address\":\"https://x.test/e\"}}},\"vbc\":{}}"),
                JSON.readTree("{\"improve_ai\":true}"),
                TestKeys.FIRST));
        Application other = state.createApplication(ApplicationFields.of("other", TestKeys.SECOND));
        User alice = state.createUser(
                app.id(),
                new UserFields(
                        "alice",
                        "Alice",
                        "https://x.test/a.png",
                        JSON.readTree("{\"custom_data\":{\"n\":1,\"nested\":[true,null]}}"),
                        JSON.readTree("{\"pstn\":[{\"number\":447700900000}]}")));
        state.createUser(app.id(), UserFields.named("ümit"));
        state.createUser(other.id(), UserFields.named("carol"));
        User gone = state.createUser(app.id(), UserFields.named("gone"));
        state.deleteUser(app.id(), gone.id());
        state.updateUser(app.id(), alice.id(), alice.fields().withImageUrl(null));
        return app.id();
    }

    private static int lastIndexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static String checksummed(String json) {
        CRC32C crc = new CRC32C();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return json + "\t" + String.format("%08x", crc.getValue());
    }
}
