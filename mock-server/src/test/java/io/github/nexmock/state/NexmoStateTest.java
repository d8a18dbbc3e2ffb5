package io.github.nexmock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NexmoStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456789Z");

    private final NexmoState state = NexmoState.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsApplicationWithUuidAndKeepsCapabilitiesExactlyAsGiven() throws Exception {
        ObjectNode capabilities = (ObjectNode) JSON.readTree(
                "{\"voice\":{\"webhooks\":{\"answer_url\":{\"address\":\"https://example.com/a\",\"http_method\":\"GET\"}}},"
                        + "\"vbc\":{}}");
        ObjectNode privacy = (ObjectNode) JSON.readTree("{\"improve_ai\":false}");

        Application created =
                state.createApplication(new ApplicationFields("my app", capabilities, privacy, TestKeys.FIRST));

        assertThat(UUID.fromString(created.id()).toString()).isEqualTo(created.id());
        assertThat(created.name()).isEqualTo("my app");
        assertThat(created.capabilities()).isEqualTo(capabilities);
        assertThat(created.privacy()).isEqualTo(privacy);
        assertThat(created.publicKeyPem()).isEqualTo(TestKeys.FIRST);
        assertThat(state.application(created.id())).contains(created);
        assertThat(state.publicKey(created.id())).contains(created.publicKey());
    }

    @Test
    void callersCannotMutateStateThroughJsonTheyPassedOrReceived() throws Exception {
        ObjectNode capabilities = (ObjectNode) JSON.readTree("{\"rtc\":{}}");
        Application created = state.createApplication(new ApplicationFields("app", capabilities, null, TestKeys.FIRST));
        capabilities.put("injected", true);
        ((ObjectNode) created.capabilities()).put("injected", true);

        User user = state.createUser(
                created.id(), UserFields.named("alice").withProperties(JSON.readTree("{\"custom_data\":{\"a\":1}}")));
        ((ObjectNode) user.properties().get("custom_data")).put("a", 2);

        Application stored = state.application(created.id()).orElseThrow();
        assertThat(stored.capabilities()).isEqualTo(JSON.readTree("{\"rtc\":{}}"));
        assertThat(state.user(created.id(), user.id()).orElseThrow().properties())
                .isEqualTo(JSON.readTree("{\"custom_data\":{\"a\":1}}"));
    }

    @Test
    void refusesApplicationWhosePublicKeyIsNotPem() {
        StateSnapshot before = state.snapshot();

        assertThatThrownBy(() -> state.createApplication(ApplicationFields.of("app", "not a key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PEM");
        assertThat(state.snapshot()).isEqualTo(before);
    }

    @Test
    void listsApplicationsInCreationOrderAndPagesThemFromOne() {
        List<Application> created = List.of(
                state.createApplication(ApplicationFields.of("a", TestKeys.FIRST)),
                state.createApplication(ApplicationFields.of("b", TestKeys.FIRST)),
                state.createApplication(ApplicationFields.of("c", TestKeys.FIRST)));

        assertThat(state.applications()).containsExactlyElementsOf(created);
        ApplicationPage second = state.applications(2, 2);
        assertThat(second.applications()).containsExactly(created.get(2));
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(state.applications(3, 2).applications()).isEmpty();
        assertThat(NexmoState.inMemory().applications(1, 10).totalPages()).isZero();
        assertThatThrownBy(() -> state.applications(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacesApplicationInPlaceAndRotatesItsKey() {
        Application first = state.createApplication(ApplicationFields.of("first", TestKeys.FIRST));
        Application second = state.createApplication(ApplicationFields.of("second", TestKeys.FIRST));
        User alice = state.createUser(first.id(), UserFields.named("alice"));

        Application replaced = state.replaceApplication(first.id(), ApplicationFields.of("renamed", TestKeys.SECOND));

        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(state.applications()).extracting(Application::name).containsExactly("renamed", "second");
        assertThat(state.publicKey(first.id())).contains(replaced.publicKey());
        assertThat(replaced.publicKey()).isNotEqualTo(first.publicKey());
        assertThat(state.users(first.id())).containsExactly(alice);
        assertThat(state.application(second.id())).contains(second);
    }

    @Test
    void refusesToReplaceUnknownApplication() {
        String unknown = UUID.randomUUID().toString();

        assertThatThrownBy(() -> state.replaceApplication(unknown, ApplicationFields.of("x", TestKeys.FIRST)))
                .isInstanceOf(ApplicationNotFoundException.class)
                .hasMessageContaining(unknown);
        assertThat(state.snapshot()).isEqualTo(StateSnapshot.EMPTY);
    }

    @Test
    void deletingApplicationDeletesItsUsersAndItsKey() {
        Application doomed = state.createApplication(ApplicationFields.of("doomed", TestKeys.FIRST));
        Application kept = state.createApplication(ApplicationFields.of("kept", TestKeys.FIRST));
        state.createUser(doomed.id(), UserFields.named("alice"));
        User bob = state.createUser(kept.id(), UserFields.named("bob"));

        state.deleteApplication(doomed.id());

        assertThat(state.application(doomed.id())).isEmpty();
        assertThat(state.publicKey(doomed.id())).isEmpty();
        assertThat(state.users(doomed.id())).isEmpty();
        assertThat(state.snapshot()).isEqualTo(new StateSnapshot(List.of(kept), List.of(bob)));
        assertThatThrownBy(() -> state.deleteApplication(doomed.id())).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> state.createUser(doomed.id(), UserFields.named("carol")))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void createsUsersWithNexmoIdsAndTheClocksTime() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));

        User alice =
                state.createUser(app.id(), new UserFields("alice", "Alice", "https://example.com/a.png", null, null));

        assertThat(alice.id()).matches("USR-[0-9a-f-]{36}");
        assertThat(UUID.fromString(alice.id().substring(4))).isNotNull();
        assertThat(alice.applicationId()).isEqualTo(app.id());
        assertThat(alice.displayName()).isEqualTo("Alice");
        assertThat(alice.imageUrl()).isEqualTo("https://example.com/a.png");
        assertThat(alice.createdAt()).isEqualTo(NOW);
        assertThat(state.user(app.id(), alice.id())).contains(alice);
        assertThat(state.userByName(app.id(), "alice")).contains(alice);
    }

    @Test
    void usersAreScopedByApplication() {
        Application one = state.createApplication(ApplicationFields.of("one", TestKeys.FIRST));
        Application two = state.createApplication(ApplicationFields.of("two", TestKeys.FIRST));
        User inOne = state.createUser(one.id(), UserFields.named("alice"));
        User inTwo = state.createUser(two.id(), UserFields.named("alice"));

        assertThat(state.user(two.id(), inOne.id())).isEmpty();
        assertThat(state.userByName(two.id(), "alice")).contains(inTwo);
        assertThatThrownBy(() -> state.deleteUser(two.id(), inOne.id())).isInstanceOf(UserNotFoundException.class);
        assertThat(state.users(one.id())).containsExactly(inOne);
    }

    @Test
    void refusesDuplicateUserNameWithinApplicationAndChangesNothing() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        state.createUser(app.id(), UserFields.named("alice"));
        StateSnapshot before = state.snapshot();

        assertThatThrownBy(() -> state.createUser(app.id(), UserFields.named("alice")))
                .isInstanceOfSatisfying(DuplicateUserNameException.class, e -> {
                    assertThat(e.name()).isEqualTo("alice");
                    assertThat(e.applicationId()).isEqualTo(app.id());
                });
        assertThat(state.snapshot()).isEqualTo(before);
    }

    @Test
    void updatesUserInPlaceKeepingIdAndCreationTime() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        User alice = state.createUser(app.id(), UserFields.named("alice"));
        User bob = state.createUser(app.id(), UserFields.named("bob"));

        User renamed = state.updateUser(
                app.id(), alice.id(), alice.fields().withName("alicia").withDisplayName("A"));

        assertThat(renamed).isEqualTo(new User(alice.id(), app.id(), "alicia", "A", null, null, null, NOW));
        assertThat(state.users(app.id())).containsExactly(renamed, bob);
        assertThat(state.userByName(app.id(), "alice")).isEmpty();
        assertThat(state.userByName(app.id(), "alicia")).contains(renamed);
        assertThat(state.createUser(app.id(), UserFields.named("alice")).name()).isEqualTo("alice");
    }

    @Test
    void refusesRenameOntoAnotherUsersNameAndKeepsOwnName() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        User alice = state.createUser(app.id(), UserFields.named("alice"));
        state.createUser(app.id(), UserFields.named("bob"));
        StateSnapshot before = state.snapshot();

        assertThatThrownBy(() ->
                        state.updateUser(app.id(), alice.id(), alice.fields().withName("bob")))
                .isInstanceOf(DuplicateUserNameException.class);
        assertThat(state.snapshot()).isEqualTo(before);
        assertThat(state.updateUser(app.id(), alice.id(), alice.fields().withDisplayName("Alice"))
                        .name())
                .isEqualTo("alice");
    }

    @Test
    void refusesUpdateOrDeleteOfUnknownUser() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        StateSnapshot before = state.snapshot();

        assertThatThrownBy(() -> state.updateUser(app.id(), "USR-nope", UserFields.named("x")))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessageContaining("USR-nope");
        assertThatThrownBy(() -> state.deleteUser(app.id(), "USR-nope")).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> state.updateUser("no-app", "USR-nope", UserFields.named("x")))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(state.snapshot()).isEqualTo(before);
    }

    @Test
    void deletedUserFreesItsName() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        User alice = state.createUser(app.id(), UserFields.named("alice"));

        state.deleteUser(app.id(), alice.id());

        assertThat(state.user(app.id(), alice.id())).isEmpty();
        assertThat(state.createUser(app.id(), UserFields.named("alice")).id()).isNotEqualTo(alice.id());
    }

    @Test
    void queriesAboutUnknownApplicationsAreEmpty() {
        assertThat(state.application("nope")).isEmpty();
        assertThat(state.publicKey("nope")).isEmpty();
        assertThat(state.users("nope")).isEmpty();
        assertThat(state.user("nope", "USR-x")).isEmpty();
        assertThat(state.userByName("nope", "alice")).isEmpty();
        assertThat(state.users("nope", UserQuery.firstPage(10, SortOrder.ASC)).users())
                .isEmpty();
    }

    @Test
    void snapshotsAreEqualExactlyWhenStatesAre() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        StateSnapshot before = state.snapshot();

        assertThat(state.snapshot()).isEqualTo(before);
        state.createUser(app.id(), UserFields.named("alice"));
        assertThat(state.snapshot()).isNotEqualTo(before);
    }

    @Test
    void restoresSnapshotAndResetsToEmpty() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        state.createUser(app.id(), UserFields.named("alice"));
        StateSnapshot saved = state.snapshot();
        NexmoState other = NexmoState.inMemory();

        other.restore(saved);
        assertThat(other.snapshot()).isEqualTo(saved);
        assertThatThrownBy(() -> other.createUser(app.id(), UserFields.named("alice")))
                .isInstanceOf(DuplicateUserNameException.class);

        other.reset();
        assertThat(other.snapshot()).isEqualTo(StateSnapshot.EMPTY);
    }

    @Test
    void refusesInconsistentSnapshotAndKeepsCurrentState() {
        Application app = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST));
        User alice = state.createUser(app.id(), UserFields.named("alice"));
        StateSnapshot before = state.snapshot();
        User clash = new User("USR-" + UUID.randomUUID(), app.id(), "alice", null, null, null, null, NOW);
        User orphan = new User("USR-" + UUID.randomUUID(), "no-such-app", "bob", null, null, null, null, NOW);

        assertThatThrownBy(() -> state.restore(new StateSnapshot(List.of(app), List.of(alice, clash))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice");
        assertThatThrownBy(() -> state.restore(new StateSnapshot(List.of(app), List.of(orphan))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-app");
        assertThatThrownBy(() -> state.restore(new StateSnapshot(List.of(app, app), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(app.id());
        assertThat(state.snapshot()).isEqualTo(before);
    }
}
