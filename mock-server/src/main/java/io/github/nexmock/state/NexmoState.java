package io.github.nexmock.state;

import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.StateChange.ApplicationDeleted;
import io.github.nexmock.state.StateChange.ApplicationPut;
import io.github.nexmock.state.StateChange.UserDeleted;
import io.github.nexmock.state.StateChange.UserPut;
import java.io.IOException;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The applications and users of the mocked Nexmo account: thread-safe, in memory, optionally backed by a durable file.
 * <p>
 * Every change is atomic: it is checked first (throwing {@link ApplicationNotFoundException},
 * {@link UserNotFoundException}, {@link DuplicateUserNameException} or {@link IllegalArgumentException} without
 * changing anything), then written to the state file, then applied; a change that cannot be written is not applied.
 * Changes are serialized; reads run in parallel and never wait for the disk. Queries return {@link Optional} or
 * empty lists for ids they do not know; changes throw.
 *
 * <p>Over 250 lines because every change of the account goes through here, one validated, journaled and atomic
 * method per change; lookups are small and sit beside the changes they serve.
 */
public final class NexmoState implements AutoCloseable {

    private final ReentrantLock changeLock = new ReentrantLock();
    private final ReentrantReadWriteLock memoryLock = new ReentrantReadWriteLock();
    private final Journal journal;
    private final Clock clock;
    private Account account;

    NexmoState(Account account, Journal journal, Clock clock) {
        this.account = account;
        this.journal = journal;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An empty state that lives only in memory, timestamping users with the system clock. */
    public static NexmoState inMemory() {
        return inMemory(Clock.systemUTC());
    }

    /** An empty state that lives only in memory, timestamping users with {@code clock}. */
    public static NexmoState inMemory(Clock clock) {
        return new NexmoState(new Account(), Journal.NONE, clock);
    }

    /**
     * The state held in {@code file}, created empty when it does not exist; every later change is synced to the file
     * before the call making it returns. Close the state to release the file.
     *
     * @throws StateFileException when the file is not a nexmock state file, is corrupt (it is left untouched) or is
     *                            open in another server
     * @throws IOException        when the file or its directory cannot be read or written
     */
    public static NexmoState durable(Path file) throws IOException {
        return durable(file, Clock.systemUTC());
    }

    /** Like {@link #durable(Path)}, timestamping new users with {@code clock}. */
    public static NexmoState durable(Path file, Clock clock) throws IOException {
        StateFile.Opened opened = StateFile.open(file, StateFile.COMPACTION_FLOOR);
        return new NexmoState(opened.account(), opened.journal(), clock);
    }

    /**
     * Creates an application with a new UUID, last in creation order.
     *
     * @throws io.github.nexmock.jwt.InvalidPemException when the public key is not an RSA public key in PEM
     */
    public Application createApplication(ApplicationFields fields) {
        Application application = toApplication(UUID.randomUUID().toString(), fields);
        return commit(current -> new ApplicationPut(application)).application();
    }

    /** The application with this id. */
    public Optional<Application> application(String applicationId) {
        return read(() -> account.application(applicationId));
    }

    /** All applications in creation order. */
    public List<Application> applications() {
        return read(() -> account.applications());
    }

    /**
     * One page of the applications in creation order, numbered from 1.
     *
     * @throws IllegalArgumentException when {@code page} or {@code pageSize} is below 1
     */
    public ApplicationPage applications(int page, int pageSize) {
        return read(() -> account.applications(page, pageSize));
    }

    /**
     * Replaces everything but the id of an application, keeping its users and its place in creation order. A new
     * public key takes effect at once: tokens signed with the old key stop verifying.
     *
     * @throws ApplicationNotFoundException when there is no such application
     * @throws io.github.nexmock.jwt.InvalidPemException when the public key is not an RSA public key in PEM
     */
    public Application replaceApplication(String applicationId, ApplicationFields fields) {
        Application application = toApplication(applicationId, fields);
        return commit(current -> {
                    current.requireUsers(applicationId);
                    return new ApplicationPut(application);
                })
                .application();
    }

    /**
     * Deletes an application and all its users.
     *
     * @throws ApplicationNotFoundException when there is no such application
     */
    public void deleteApplication(String applicationId) {
        commit(current -> new ApplicationDeleted(applicationId));
    }

    /** The key that verifies the JWTs of this application, for the JWT verifier's key resolver. */
    public Optional<RSAPublicKey> publicKey(String applicationId) {
        return application(applicationId).map(Application::publicKey);
    }

    /**
     * Creates a user of an application with a new {@code USR-<uuid>} id, last in creation order.
     *
     * @throws ApplicationNotFoundException when there is no such application
     * @throws DuplicateUserNameException   when another user of the application has the name
     */
    public User createUser(String applicationId, UserFields fields) {
        String userId = "USR-" + UUID.randomUUID();
        return commit(current ->
                        new UserPut(User.of(userId, applicationId, fields, clock.instant()), current.nextSequence()))
                .user();
    }

    /** The user with this id, if the application has it. */
    public Optional<User> user(String applicationId, String userId) {
        return read(() -> account.users(applicationId).flatMap(users -> users.byId(userId)));
    }

    /** The user with this name, if the application has it. */
    public Optional<User> userByName(String applicationId, String name) {
        return read(() -> account.users(applicationId).flatMap(users -> users.byName(name)));
    }

    /** All users of an application in creation order; empty for an unknown application. */
    public List<User> users(String applicationId) {
        return read(() -> account.users(applicationId).map(UserDirectory::all).orElse(List.of()));
    }

    /** One page of an application's users as the Users API lists them; empty for an unknown application. */
    public UserPage users(String applicationId, UserQuery query) {
        return read(() -> account.users(applicationId)
                .map(users -> users.page(query))
                .orElse(new UserPage(List.of(), null, null)));
    }

    /**
     * Replaces the fields of a user, keeping its id, creation time and place in creation order.
     *
     * @throws ApplicationNotFoundException when there is no such application
     * @throws UserNotFoundException        when the application has no such user
     * @throws DuplicateUserNameException   when another user of the application has the new name
     */
    public User updateUser(String applicationId, String userId, UserFields fields) {
        return commit(current -> {
                    UserDirectory users = current.requireUsers(applicationId);
                    return new UserPut(users.require(userId).with(fields), users.sequenceOf(userId));
                })
                .user();
    }

    /**
     * Deletes a user.
     *
     * @throws ApplicationNotFoundException when there is no such application
     * @throws UserNotFoundException        when the application has no such user
     */
    public void deleteUser(String applicationId, String userId) {
        commit(current -> new UserDeleted(applicationId, userId));
    }

    /** Everything the state holds now, as values. */
    public StateSnapshot snapshot() {
        return read(() -> account.snapshot());
    }

    /**
     * Replaces everything with what a snapshot holds, atomically (also in the state file). Cursors handed out before
     * may point elsewhere afterwards.
     *
     * @throws IllegalArgumentException when the snapshot is inconsistent (repeated ids, users of applications it
     *                                  does not hold, clashing names)
     */
    public void restore(StateSnapshot snapshot) {
        Account restored = Account.of(snapshot);
        changeLock.lock();
        try {
            journal.rewrite(restored);
            memoryLock.writeLock().lock();
            try {
                account = restored;
            } finally {
                memoryLock.writeLock().unlock();
            }
        } finally {
            changeLock.unlock();
        }
    }

    /** Removes every application and user. */
    public void reset() {
        restore(StateSnapshot.EMPTY);
    }

    /** Releases the state file, if any; changes made afterwards fail. */
    @Override
    public void close() {
        changeLock.lock();
        try {
            journal.close();
        } finally {
            changeLock.unlock();
        }
    }

    private static Application toApplication(String applicationId, ApplicationFields fields) {
        return new Application(
                applicationId,
                fields.name(),
                fields.capabilities(),
                fields.privacy(),
                fields.publicKeyPem(),
                RsaKeys.readPublicKey(fields.publicKeyPem()));
    }

    /**
     * Plans a change against the current account, checks it, makes it durable, then applies it. Only the holder of
     * the change lock modifies the account, so planning and checking need no memory lock and never block readers.
     */
    private <C extends StateChange> C commit(Function<Account, C> plan) {
        changeLock.lock();
        try {
            C change = plan.apply(account);
            account.check(change);
            journal.append(change, account);
            memoryLock.writeLock().lock();
            try {
                account.apply(change);
            } finally {
                memoryLock.writeLock().unlock();
            }
            return change;
        } finally {
            changeLock.unlock();
        }
    }

    private <T> T read(Supplier<T> query) {
        memoryLock.readLock().lock();
        try {
            return query.get();
        } finally {
            memoryLock.readLock().unlock();
        }
    }
}
