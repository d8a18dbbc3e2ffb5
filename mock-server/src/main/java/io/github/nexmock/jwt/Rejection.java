package io.github.nexmock.jwt;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request the mock refused to authenticate or authorise, so a failing test can say why its credentials were refused.
 *
 * @param time   when the request was refused
 * @param method the HTTP method
 * @param path   the request path without its query string (which may carry {@code api_secret})
 * @param reason why: a token's refusal or one about other credentials
 * @param detail a sentence naming the problem, with the numbers that matter
 * @param claims the token's claims as decoded before verification (never the signature); empty for other credentials
 */
public record Rejection(
        Instant time, String method, String path, Reason reason, String detail, Map<String, Object> claims) {

    /** Checks the members and freezes the claims. */
    public Rejection {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        claims = claims == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }
}
