package io.github.nexmock.state;

import java.util.Objects;

/**
 * One request for a page of an application's users, as the Users API list parameters describe it.
 *
 * @param pageSize how many users at most (at least 1; the API layer enforces Nexmo's upper bound)
 * @param order    creation order, oldest or newest first
 * @param cursor   where to continue from, or {@code null} for the first page
 * @param name     only the user with this exact name, or {@code null} for all users
 */
public record UserQuery(int pageSize, SortOrder order, UserCursor cursor, String name) {

    /** Checks the page size and the order. */
    public UserQuery {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, got " + pageSize);
        }
        Objects.requireNonNull(order, "order");
    }

    /** The first page of all users. */
    public static UserQuery firstPage(int pageSize, SortOrder order) {
        return new UserQuery(pageSize, order, null, null);
    }
}
