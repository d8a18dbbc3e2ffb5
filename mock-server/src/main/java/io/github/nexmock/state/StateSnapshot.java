package io.github.nexmock.state;

import java.util.List;

/**
 * Everything the state holds at one instant, as plain values: equal snapshots mean equal states, which is how
 * a test shows that a refused request changed nothing.
 *
 * @param applications the applications in creation order
 * @param users        the users of all applications in creation order
 */
public record StateSnapshot(List<Application> applications, List<User> users) {

    /** An empty state. */
    public static final StateSnapshot EMPTY = new StateSnapshot(List.of(), List.of());

    /** Copies both lists. */
    public StateSnapshot {
        applications = List.copyOf(applications);
        users = List.copyOf(users);
    }
}
