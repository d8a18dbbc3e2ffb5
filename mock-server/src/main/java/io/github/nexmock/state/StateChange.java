package io.github.nexmock.state;

/** One change to the state: the unit that is checked, written to the journal, then applied. */
sealed interface StateChange {

    /** Creates an application, or replaces the one with the same id in its place in creation order. */
    record ApplicationPut(Application application) implements StateChange {}

    /** Deletes an application together with its users. */
    record ApplicationDeleted(String applicationId) implements StateChange {}

    /** Creates a user at a new position in creation order, or updates the one with the same id in its place. */
    record UserPut(User user, long sequence) implements StateChange {}

    /** Deletes one user. */
    record UserDeleted(String applicationId, String userId) implements StateChange {}
}
