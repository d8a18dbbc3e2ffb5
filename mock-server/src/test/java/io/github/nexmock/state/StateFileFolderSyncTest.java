package io.github.nexmock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rewrite whose rename is done has changed the file: when only syncing the folder afterwards fails, the change is
 * reported applied (memory and file agree), and the failure is reported by the next change, refused unapplied until
 * the folder can be synced again.
 */
class StateFileFolderSyncTest {

    @TempDir
    Path folder;

    private final AtomicBoolean folderSyncFails = new AtomicBoolean();

    private void sync(Path directory) throws IOException {
        if (folderSyncFails.get()) {
            throw new IOException("injected: fsync of " + directory + " failed");
        }
    }

    @Test
    void aChangeWhoseRenameIsDoneIsAppliedWhenOnlyTheFolderSyncFails() throws IOException {
        Path file = folder.resolve("state.jsonl");
        StateFile.Opened opened = StateFile.open(file, 0, this::sync); // every change rewrites and renames
        StateSnapshot applied;
        try (NexmoState state = new NexmoState(opened.account(), opened.journal(), Clock.systemUTC())) {
            folderSyncFails.set(true);
            Application renamed = state.createApplication(ApplicationFields.of("renamed in", TestKeys.FIRST));

            assertThatThrownBy(() -> state.createApplication(ApplicationFields.of("refused", TestKeys.FIRST)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("after the last change, which was applied")
                    .hasMessageEndingWith("this change was not applied")
                    .rootCause()
                    .hasMessageStartingWith("injected: fsync of");
            assertThat(state.snapshot().applications())
                    .extracting(Application::id)
                    .containsExactly(renamed.id());

            folderSyncFails.set(false);
            state.createApplication(ApplicationFields.of("after the folder healed", TestKeys.FIRST));
            applied = state.snapshot();
        }

        try (NexmoState reopened = NexmoState.durable(file)) {
            assertThat(reopened.snapshot()).isEqualTo(applied);
            assertThat(reopened.snapshot().applications())
                    .extracting(Application::name)
                    .containsExactly("renamed in", "after the folder healed");
        }
    }
}
