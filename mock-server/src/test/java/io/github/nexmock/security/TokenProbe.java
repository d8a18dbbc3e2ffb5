package io.github.nexmock.security;

import io.github.nexmock.jwt.Reason;
import java.util.function.Function;

/**
 * One kind of token sent over HTTP and the answer it must get: a refusal with an exact status and reason, or
 * acceptance (any 2xx). The request is built on the running {@link AttackBench} when the test runs.
 *
 * @param kind    what the token is, as the test's display name
 * @param status  the expected status; 200 stands for any 2xx
 * @param reason  the expected {@code reason} of the problem body, or null when the token must be accepted
 * @param request builds the request, possibly after preparing state (deleting or re-keying an application)
 */
record TokenProbe(String kind, int status, String reason, Function<AttackBench, RawHttp> request) {

    static TokenProbe refused(String kind, Reason reason, Function<AttackBench, RawHttp> request) {
        return new TokenProbe(kind, reason.status(), reason.name(), request);
    }

    static TokenProbe accepted(String kind, Function<AttackBench, RawHttp> request) {
        return new TokenProbe(kind, 200, null, request);
    }

    @Override
    public String toString() {
        return kind;
    }
}
