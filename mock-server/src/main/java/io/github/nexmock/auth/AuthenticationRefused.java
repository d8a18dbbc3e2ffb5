package io.github.nexmock.auth;

import io.github.nexmock.jwt.Reason;
import java.util.Map;

/** Thrown by {@link Authenticator} when a request's credentials are refused. No stack trace. */
public final class AuthenticationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final transient Map<String, Object> claims;

    AuthenticationRefused(Reason reason, String detail, Map<String, Object> claims) {
        super(detail, null, false, false);
        this.reason = reason;
        this.claims = claims;
    }

    AuthenticationRefused(Reason reason, String detail) {
        this(reason, detail, Map.of());
    }

    /** Why: its status and error code are those of the refusal. */
    public Reason reason() {
        return reason;
    }

    /** The token's claims as decoded before verification; empty for other credentials. */
    public Map<String, Object> claims() {
        return claims;
    }
}
