package io.github.nexmock.auth;

import java.util.Map;

/** Thrown by {@link Authenticator} when a request's credentials are refused. No stack trace. */
public final class AuthenticationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String reason;
    private final transient Map<String, Object> claims;

    AuthenticationRefused(int status, String code, String reason, String detail, Map<String, Object> claims) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.reason = reason;
        this.claims = claims;
    }

    AuthenticationRefused(CredentialRefusal refusal, String detail) {
        this(refusal.status(), refusal.code(), refusal.name(), detail, Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> claims() {
        return claims;
    }
}
