package io.github.nexmock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.UserFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The applications and users {@code serve --seed FILE} creates at start. Seeding is idempotent: an application whose
 * name is already in the state (say, loaded from {@code --state}) and a user whose name is already in its application
 * are left as they are, so the same seed file can be given on every restart.
 * <pre>
 * {"applications": [{
 *    "name": "My Nexmo App",
 *    "private_key_file": "my-app.key",
 *    "capabilities": {"rtc": {"webhooks": {"event_url": {"address": "https://example.com/rtc", "http_method": "POST"}}}},
 *    "users": [{"name": "alice", "display_name": "Alice"}]
 * }]}
 * </pre>
 * {@code private_key_file} (relative to the seed file) is read when it exists and otherwise created owner-only with a new
 * key, so tests can sign tokens for the seeded application; {@code capabilities} and {@code users} are optional.
 *
 * @param file         the seed file, named in messages
 * @param applications the applications to create, in file order
 */
record SeedFile(Path file, List<SeedApplication> applications) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One application to seed. */
    record SeedApplication(String name, Path privateKeyFile, JsonNode capabilities, List<SeedUser> users) {}

    /** One user to seed in its application. */
    record SeedUser(String name, String displayName) {}

    /**
     * Reads and checks a seed file completely before anything is created.
     *
     * @throws CliException naming the file and the entry that is wrong
     */
    static SeedFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new CliException("seed file " + file + " does not exist", e);
        } catch (JsonProcessingException e) {
            throw new CliException(
                    "seed file " + file + " is not valid JSON: " + OneLine.of(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new CliException("cannot read seed file " + file + ": " + OneLine.of(e), e);
        }
        JsonNode applications = root == null ? null : root.get("applications");
        if (applications == null || !applications.isArray()) {
            throw new CliException("seed file " + file + " needs {\"applications\": [...]}");
        }
        List<SeedApplication> seeds = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            seeds.add(application(file, "applications[" + i + "]", applications.get(i)));
        }
        return new SeedFile(file, List.copyOf(seeds));
    }

    private static SeedApplication application(Path file, String where, JsonNode node) {
        String name = text(file, where, node, "name", true);
        String keyFile = text(file, where, node, "private_key_file", true);
        JsonNode capabilities = node.get("capabilities");
        if (capabilities != null && !capabilities.isObject()) {
            throw new CliException("seed file " + file + ": " + where + ".capabilities must be an object");
        }
        List<SeedUser> users = new ArrayList<>();
        JsonNode userNodes = node.path("users");
        if (!userNodes.isMissingNode() && !userNodes.isArray()) {
            throw new CliException("seed file " + file + ": " + where + ".users must be an array");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < userNodes.size(); i++) {
            String userWhere = where + ".users[" + i + "]";
            SeedUser user = new SeedUser(
                    text(file, userWhere, userNodes.get(i), "name", true),
                    text(file, userWhere, userNodes.get(i), "display_name", false));
            if (!names.add(user.name())) {
                throw new CliException(
                        "seed file " + file + ": " + userWhere + " repeats user name '" + user.name() + "'");
            }
            users.add(user);
        }
        Path directory = file.toAbsolutePath().getParent();
        return new SeedApplication(name, directory.resolve(keyFile).normalize(), capabilities, List.copyOf(users));
    }

    private static String text(Path file, String where, JsonNode node, String field, boolean required) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new CliException("seed file " + file + ": " + where + " has no " + field);
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new CliException("seed file " + file + ": " + where + "." + field + " must be a non-empty string");
        }
        return value.asText();
    }

    /** Creates what is missing in {@code state}, new keys from {@code keyPairs}, and prints one line per application. */
    void applyTo(NexmoState state, KeyPairPool keyPairs, PrintWriter out) {
        for (SeedApplication seed : applications) {
            Application application = state.applications().stream()
                    .filter(existing -> existing.name().equals(seed.name()))
                    .findFirst()
                    .orElseGet(() -> state.createApplication(new ApplicationFields(
                            seed.name(),
                            seed.capabilities(),
                            null,
                            RsaKeys.toPublicPem(publicKey(seed.privateKeyFile(), keyPairs)))));
            for (SeedUser user : seed.users()) {
                if (state.userByName(application.id(), user.name()).isEmpty()) {
                    state.createUser(
                            application.id(), UserFields.named(user.name()).withDisplayName(user.displayName()));
                }
            }
            out.println("seeded application " + application.id() + " \"" + application.name() + "\" with "
                    + state.users(application.id()).size() + " users; private key " + seed.privateKeyFile());
        }
    }

    private static RSAPublicKey publicKey(Path privateKeyFile, KeyPairPool keyPairs) {
        if (Files.exists(privateKeyFile)) {
            return RsaKeys.publicKeyOf(KeyFiles.readPrivateKey(privateKeyFile));
        }
        KeyPair pair = keyPairs.take();
        OwnerOnlyFiles.write(privateKeyFile, RsaKeys.toPkcs8Pem(pair.getPrivate()), "private key file");
        return (RSAPublicKey) pair.getPublic();
    }
}
