package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code serve --state FILE} killed with SIGKILL while clients write, then restarted on the same file: every change the
 * server acknowledged is there and every acknowledged deletion stays deleted, whatever moment the kill came at.
 * The one write each client had in flight at the kill may have landed or not; the check adopts whichever happened.
 */
class DurableStateJarIT {

    private static final int WRITERS = 4;
    private static final String[] OPTIONS = {"--state", "state.journal", "--api-key", "key", "--api-secret", "secret"};

    private static KeyPair keys;
    private static String publicKeyJson;

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    @BeforeAll
    static void keys() {
        keys = KeyPairPool.shared().take();
        publicKeyJson = RsaKeys.toPublicPem(keys.getPublic()).replace("\n", "\\n");
    }

    @Test
    void keepsEveryAcknowledgedApplicationAndUserAfterKillNineInABurstOfCreates() throws Exception {
        List<Writer> writers = writers(new Random(1), false);

        writeThenKill(jar.serve(OPTIONS), writers, 30);
        StandaloneJar.Server restarted = jar.serve(OPTIONS);

        assertThat(acknowledged(writers)).isGreaterThanOrEqualTo(30);
        for (Writer writer : writers) {
            writer.assertAcknowledgedStateIn(api(restarted));
        }
    }

    @Test
    void keepsEveryAcknowledgedChangeThroughTwentyKillNinesAtRandomMomentsOfMixedWrites() throws Exception {
        Random random = new Random(7);
        List<Writer> writers = writers(random, true);

        StandaloneJar.Server server = jar.serve(OPTIONS);
        for (int round = 1; round <= 20; round++) {
            writeThenKill(server, writers, 10 + random.nextInt(40));
            server = jar.serve(OPTIONS);
            for (Writer writer : writers) {
                writer.assertAcknowledgedStateIn(api(server));
            }
        }

        assertThat(acknowledged(writers)).isGreaterThanOrEqualTo(200);
        assertThat(writers).allSatisfy(writer -> assertThat(writer.kinds)
                .as("kinds of acknowledged writes")
                .containsExactlyInAnyOrder(Write.values()));
    }

    private static List<Writer> writers(Random random, boolean mixed) {
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(new Writer(new Random(random.nextLong()), mixed));
        }
        return writers;
    }

    private static int acknowledged(List<Writer> writers) {
        return writers.stream().mapToInt(writer -> writer.acknowledged).sum();
    }

    private static RawApi api(StandaloneJar.Server server) {
        return new RawApi(server.baseUrl(), "key", "secret");
    }

    private static String token(String applicationId) {
        return NexmoJwts.builder()
                .applicationId(applicationId)
                .privateKey(keys.getPrivate())
                .lifetime(Duration.ofHours(1))
                .sign();
    }

    /**
     * Lets the writers run until the server has acknowledged {@code writes} more of their writes, kills it with
     * SIGKILL at once, and waits until every writer has noticed. Counting writes rather than waiting a time puts the
     * kill at the same point of the work on a fast machine and a slow one; where the writers are in their requests at
     * that point is left to chance.
     */
    private static void writeThenKill(StandaloneJar.Server server, List<Writer> writers, int writes) throws Exception {
        RawApi api = api(server);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(writes);
        ExecutorService threads = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Writer writer : writers) {
                running.add(threads.submit(() -> {
                    while (!stop.get() && writer.step(api)) {
                        enough.countDown();
                    }
                    return null;
                }));
            }
            assertThat(enough.await(60, TimeUnit.SECONDS))
                    .as("%d writes acknowledged within a minute", writes)
                    .isTrue();
            server.kill();
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The kinds of writes the mixed clients send. */
    enum Write {
        CREATE_APPLICATION,
        RENAME_APPLICATION,
        DELETE_APPLICATION,
        CREATE_USER,
        PATCH_USER,
        DELETE_USER
    }

    /** What a client was told about one of its users: its application and display name. */
    record KnownUser(String applicationId, String displayName) {}

    /**
     * One client writing its own applications and users, one request at a time, and remembering what the server
     * acknowledged. Confined to one thread at a time.
     */
    static final class Writer {

        private final Random random;
        private final boolean mixed;
        private final Map<String, String> applications = new LinkedHashMap<>();
        private final Map<String, KnownUser> users = new LinkedHashMap<>();
        private final Map<String, String> deletedUsers = new LinkedHashMap<>();
        private final Set<String> deletedApplications = new HashSet<>();
        private final Set<Write> kinds = new HashSet<>();
        private String inFlight;
        int acknowledged;

        Writer(Random random, boolean mixed) {
            this.random = random;
            this.mixed = mixed;
        }

        /** Sends one write; false once the server is gone. */
        boolean step(RawApi api) throws InterruptedException {
            Write write = next();
            try {
                switch (write) {
                    case CREATE_APPLICATION -> createApplication(api);
                    case RENAME_APPLICATION -> renameApplication(api, any(applications.keySet()));
                    case DELETE_APPLICATION -> deleteApplication(api, any(applications.keySet()));
                    case CREATE_USER -> createUser(api, any(applications.keySet()));
                    case PATCH_USER -> patchUser(api, any(users.keySet()));
                    case DELETE_USER -> deleteUser(api, any(users.keySet()));
                }
                inFlight = null;
                acknowledged++;
                kinds.add(write);
                return true;
            } catch (IOException serverGone) {
                return false;
            }
        }

        private Write next() {
            if (applications.isEmpty() || !mixed && applications.size() < 3) {
                return Write.CREATE_APPLICATION;
            }
            if (!mixed) {
                return Write.CREATE_USER;
            }
            int choice = random.nextInt(100);
            if (choice < 10) {
                return applications.size() < 6 ? Write.CREATE_APPLICATION : Write.DELETE_APPLICATION;
            }
            if (choice < 20) {
                return Write.RENAME_APPLICATION;
            }
            if (choice < 25) {
                return Write.DELETE_APPLICATION;
            }
            if (choice < 60 || users.isEmpty()) {
                return users.size() < 30 ? Write.CREATE_USER : Write.DELETE_USER;
            }
            return choice < 80 ? Write.PATCH_USER : Write.DELETE_USER;
        }

        private void createApplication(RawApi api) throws IOException, InterruptedException {
            String name = "app-" + UUID.randomUUID();
            RawApi.Response response = api.basic(
                    "POST",
                    "/v2/applications",
                    "{\"name\":\"" + name + "\",\"keys\":{\"public_key\":\"" + publicKeyJson + "\"}}");
            expect(response, 201);
            applications.put(response.json().get("id").asText(), name);
        }

        private void renameApplication(RawApi api, String applicationId) throws IOException, InterruptedException {
            String name = "renamed-" + UUID.randomUUID();
            inFlight = applicationId;
            expect(api.basic("PUT", "/v2/applications/" + applicationId, "{\"name\":\"" + name + "\"}"), 200);
            applications.put(applicationId, name);
        }

        private void deleteApplication(RawApi api, String applicationId) throws IOException, InterruptedException {
            inFlight = applicationId;
            expect(api.basic("DELETE", "/v2/applications/" + applicationId, null), 204);
            forgetApplication(applicationId);
        }

        private void createUser(RawApi api, String applicationId) throws IOException, InterruptedException {
            String displayName = "User " + random.nextInt(1000);
            RawApi.Response response = api.bearer(
                    "POST",
                    "/v1/users",
                    token(applicationId),
                    "{\"name\":\"user-" + UUID.randomUUID() + "\",\"display_name\":\"" + displayName + "\"}");
            expect(response, 201);
            users.put(response.json().get("id").asText(), new KnownUser(applicationId, displayName));
        }

        private void patchUser(RawApi api, String userId) throws IOException, InterruptedException {
            KnownUser user = users.get(userId);
            String displayName = "Patched " + random.nextInt(1000);
            inFlight = userId;
            expect(
                    api.bearer(
                            "PATCH",
                            "/v1/users/" + userId,
                            token(user.applicationId()),
                            "{\"display_name\":\"" + displayName + "\"}"),
                    200);
            users.put(userId, new KnownUser(user.applicationId(), displayName));
        }

        private void deleteUser(RawApi api, String userId) throws IOException, InterruptedException {
            inFlight = userId;
            expect(
                    api.bearer(
                            "DELETE",
                            "/v1/users/" + userId,
                            token(users.get(userId).applicationId()),
                            null),
                    204);
            deletedUsers.put(userId, users.remove(userId).applicationId());
        }

        private void forgetApplication(String applicationId) {
            applications.remove(applicationId);
            users.entrySet().removeIf(user -> user.getValue().applicationId().equals(applicationId));
            deletedApplications.add(applicationId);
        }

        /** Checks the restarted server against what was acknowledged, after adopting the outcome of the write in flight. */
        void assertAcknowledgedStateIn(RawApi api) throws IOException, InterruptedException {
            if (inFlight != null) {
                adoptOutcome(api, inFlight);
                inFlight = null;
            }
            for (Map.Entry<String, String> application : applications.entrySet()) {
                RawApi.Response response = api.basic("GET", "/v2/applications/" + application.getKey(), null);
                assertThat(response.status())
                        .as("acknowledged application %s", application.getKey())
                        .isEqualTo(200);
                assertThat(response.json().get("name").asText()).isEqualTo(application.getValue());
            }
            for (Map.Entry<String, KnownUser> user : users.entrySet()) {
                RawApi.Response response =
                        userOf(api, user.getKey(), user.getValue().applicationId());
                assertThat(response.status())
                        .as("acknowledged user %s", user.getKey())
                        .isEqualTo(200);
                assertThat(response.json().get("display_name").asText())
                        .isEqualTo(user.getValue().displayName());
            }
            for (Map.Entry<String, String> user : deletedUsers.entrySet()) {
                if (applications.containsKey(user.getValue())) {
                    assertThat(userOf(api, user.getKey(), user.getValue()).status())
                            .as("deleted user %s", user.getKey())
                            .isEqualTo(404);
                }
            }
            for (String applicationId : deletedApplications) {
                assertThat(api.basic("GET", "/v2/applications/" + applicationId, null)
                                .status())
                        .as("deleted application %s", applicationId)
                        .isEqualTo(404);
            }
        }

        private void adoptOutcome(RawApi api, String id) throws IOException, InterruptedException {
            if (users.containsKey(id)) {
                RawApi.Response user = userOf(api, id, users.get(id).applicationId());
                if (user.status() == 404) {
                    deletedUsers.put(id, users.remove(id).applicationId());
                } else {
                    users.put(
                            id,
                            new KnownUser(
                                    users.get(id).applicationId(),
                                    user.json().get("display_name").asText()));
                }
                return;
            }
            RawApi.Response application = api.basic("GET", "/v2/applications/" + id, null);
            if (application.status() == 404) {
                forgetApplication(id);
            } else {
                applications.put(id, application.json().get("name").asText());
            }
        }

        private static RawApi.Response userOf(RawApi api, String userId, String applicationId)
                throws IOException, InterruptedException {
            return api.bearer("GET", "/v1/users/" + userId, token(applicationId), null);
        }

        private String any(Set<String> ids) {
            List<String> list = new ArrayList<>(ids);
            return list.get(random.nextInt(list.size()));
        }

        private static void expect(RawApi.Response response, int status) {
            assertThat(response.status()).as(response.body()).isEqualTo(status);
        }
    }
}
