package io.github.nexmock.catalogue;

import java.time.Instant;
import java.util.Objects;

/**
 * A request the catalogue answered because no stub matched it, so a failing test can tell a described answer from
 * its own stub's.
 *
 * @param time        when it was answered
 * @param method      the HTTP method
 * @param path        the request path without its query string
 * @param description where the operation is described
 * @param operation   the operation's method and path template
 * @param status      the status answered
 */
public record CatalogueAnswer(
        Instant time, String method, String path, String description, String operation, int status) {

    /** Checks the members. */
    public CatalogueAnswer {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(operation, "operation");
    }
}
