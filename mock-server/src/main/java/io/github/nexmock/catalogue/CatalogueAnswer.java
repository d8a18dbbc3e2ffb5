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
 * @param detail      for an error, what was wrong (the member at fault, the credential refused, never its value);
 *     null for a success
 */
public record CatalogueAnswer(
        Instant time, String method, String path, String description, String operation, int status, String detail) {

    /** The response header a {@link DescribedOperation} puts the words of an error in, for this log. */
    public static final String DETAIL_HEADER = "Nexmock-Detail";

    /** Checks the members. */
    public CatalogueAnswer {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(operation, "operation");
    }
}
