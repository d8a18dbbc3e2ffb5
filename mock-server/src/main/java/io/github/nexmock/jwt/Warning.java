package io.github.nexmock.jwt;

import java.time.Instant;
import java.util.Objects;

/**
 * A request the mock accepted with a token that Nexmo accepts too but that is probably a mistake
 * (see {@link io.github.nexmock.jwt.TokenWarning}). It names claims and times only, never the token or a credential.
 *
 * @param time          when the request was accepted
 * @param method        the HTTP method
 * @param path          the request path without its query string
 * @param applicationId the token's {@code application_id}
 * @param reason        what kind of mistake it looks like, as {@link Rejection#reason()} says why a request was refused
 * @param detail        one sentence saying what was noticed and what Nexmo does with it
 */
public record Warning(
        Instant time, String method, String path, String applicationId, TokenWarning.Code reason, String detail) {

    /** Checks the members. */
    public Warning {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
