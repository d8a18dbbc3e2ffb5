package io.github.nexmock.state;

import java.util.List;

/**
 * One page of an application's users, with the cursors of its neighbours.
 *
 * @param users    the users on this page, in the query's order
 * @param next     the cursor of the following page, or {@code null} when this is the last one
 * @param previous the cursor of the preceding page, or {@code null} when this is the first one
 */
public record UserPage(List<User> users, UserCursor next, UserCursor previous) {

    /** Copies the list. */
    public UserPage {
        users = List.copyOf(users);
    }
}
