package io.github.nexmock.state;

import java.util.List;

/**
 * One page of the applications list, numbered from 1 as the Application API numbers them.
 *
 * @param applications the applications on this page, in creation order
 * @param page         the page number, from 1
 * @param pageSize     the requested page size
 * @param totalItems   how many applications there are in all
 */
public record ApplicationPage(List<Application> applications, int page, int pageSize, int totalItems) {

    /** Copies the list. */
    public ApplicationPage {
        applications = List.copyOf(applications);
    }

    /** How many pages of {@code pageSize} the applications fill; 0 when there are none. */
    public int totalPages() {
        return (int) (((long) totalItems + pageSize - 1) / pageSize);
    }
}
