package io.github.nexmock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.state.Application;
import io.github.nexmock.state.StateSnapshot;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that fails to build or to start gives its state file back, so the next server on that file (a retry on
 * another port, the next test) can open it instead of being told another server holds it.
 */
class StateFileReleaseTest {

    @TempDir
    Path folder;

    @Test
    void aServerThatCannotBindItsPortReleasesItsStateFile() throws Exception {
        Path stateFile = folder.resolve("state.jsonl");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            NexmoMockServer failed = NexmoMockServer.builder()
                    .port(taken.getLocalPort())
                    .stateFile(stateFile)
                    .build();

            assertThatThrownBy(failed::start).isInstanceOf(RuntimeException.class);
            assertThat(failed.isRunning()).isFalse();
        }

        try (NexmoMockServer next =
                NexmoMockServer.builder().stateFile(stateFile).build().start()) {
            assertThat(next.isRunning()).isTrue();
        }
    }

    @Test
    void aServerThatCannotBeBuiltReleasesItsStateFile() {
        Path stateFile = folder.resolve("state.jsonl");
        Application application;
        try (NexmoMockServer source = NexmoMockServer.builder().build()) {
            String id = source.createApplication("twice").application().id();
            application = source.state().application(id).orElseThrow();
        }
        StateSnapshot repeatedId = new StateSnapshot(List.of(application, application), List.of());

        assertThatThrownBy(() -> NexmoMockServer.builder()
                        .stateFile(stateFile)
                        .initialState(repeatedId)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);

        try (NexmoMockServer next =
                NexmoMockServer.builder().stateFile(stateFile).build()) {
            assertThat(next.state().snapshot()).isEqualTo(StateSnapshot.EMPTY);
        }
    }
}
