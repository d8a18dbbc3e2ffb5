package io.github.nexmock.state;

import io.github.nexmock.state.StateChange.ApplicationDeleted;
import io.github.nexmock.state.StateChange.ApplicationPut;
import io.github.nexmock.state.StateChange.UserDeleted;
import io.github.nexmock.state.StateChange.UserPut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applications of the mocked Nexmo account and the users of each. Not thread-safe: {@link NexmoState} guards it.
 * Every change is first {@linkplain #check checked}, which may throw, then {@linkplain #apply applied}, which does not.
 */
final class Account {

    private final Map<String, Application> applications = new LinkedHashMap<>();
    private final Map<String, UserDirectory> users = new HashMap<>();
    private long nextSequence = 1;

    /**
     * Builds an account holding exactly what a snapshot holds, users numbered in the snapshot's order.
     *
     * @throws IllegalArgumentException when the snapshot repeats an id, a user names an application it does not
     *                                  hold, or two users of one application share a name
     */
    static Account of(StateSnapshot snapshot) {
        Account account = new Account();
        Set<String> ids = new HashSet<>();
        try {
            for (Application application : snapshot.applications()) {
                requireNew(ids, application.id());
                account.checkAndApply(new ApplicationPut(application));
            }
            for (User user : snapshot.users()) {
                requireNew(ids, user.id());
                account.checkAndApply(new UserPut(user, account.nextSequence()));
            }
        } catch (ApplicationNotFoundException | DuplicateUserNameException e) {
            throw new IllegalArgumentException("inconsistent snapshot: " + e.getMessage(), e);
        }
        return account;
    }

    private static void requireNew(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("inconsistent snapshot: id " + id + " appears twice");
        }
    }

    Optional<Application> application(String applicationId) {
        return Optional.ofNullable(applications.get(applicationId));
    }

    List<Application> applications() {
        return List.copyOf(applications.values());
    }

    ApplicationPage applications(int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException(
                    "page and page size start at 1, got page " + page + ", size " + pageSize);
        }
        List<Application> all = applications();
        long from = (long) (page - 1) * pageSize;
        List<Application> slice =
                from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
        return new ApplicationPage(slice, page, pageSize, all.size());
    }

    Optional<UserDirectory> users(String applicationId) {
        return Optional.ofNullable(users.get(applicationId));
    }

    UserDirectory requireUsers(String applicationId) {
        return users(applicationId).orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    long nextSequence() {
        return nextSequence;
    }

    /** Throws the exception the change deserves, if any, without changing anything. */
    void check(StateChange change) {
        if (change instanceof ApplicationDeleted deleted) {
            requireUsers(deleted.applicationId());
        } else if (change instanceof UserPut put) {
            requireUsers(put.user().applicationId()).check(put.user(), put.sequence());
        } else if (change instanceof UserDeleted deleted) {
            requireUsers(deleted.applicationId()).require(deleted.userId());
        }
    }

    /** Applies a change that has passed {@link #check}. */
    void apply(StateChange change) {
        if (change instanceof ApplicationPut put) {
            String id = put.application().id();
            applications.put(id, put.application());
            users.computeIfAbsent(id, UserDirectory::new);
        } else if (change instanceof ApplicationDeleted deleted) {
            applications.remove(deleted.applicationId());
            users.remove(deleted.applicationId());
        } else if (change instanceof UserPut put) {
            users.get(put.user().applicationId()).put(put.user(), put.sequence());
            nextSequence = Math.max(nextSequence, put.sequence() + 1);
        } else if (change instanceof UserDeleted deleted) {
            UserDirectory directory = users.get(deleted.applicationId());
            directory.remove(directory.require(deleted.userId()));
        }
    }

    void checkAndApply(StateChange change) {
        check(change);
        apply(change);
    }

    /** The changes that rebuild this account from nothing, keeping ids, order and cursors. */
    List<StateChange> asChanges() {
        List<StateChange> changes = new ArrayList<>();
        applications.values().forEach(application -> changes.add(new ApplicationPut(application)));
        usersInCreationOrder().forEach(entry -> changes.add(new UserPut(entry.getValue(), entry.getKey())));
        return changes;
    }

    StateSnapshot snapshot() {
        return new StateSnapshot(
                applications(),
                usersInCreationOrder().stream().map(Map.Entry::getValue).toList());
    }

    private List<Map.Entry<Long, User>> usersInCreationOrder() {
        return users.values().stream()
                .flatMap(directory -> directory.bySequence().entrySet().stream())
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }
}
