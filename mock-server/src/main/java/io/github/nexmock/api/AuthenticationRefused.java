package io.github.nexmock.api;

import java.util.Map;

/** Thrown by {@link Authenticator} when a request's credentials are refused. No stack trace. */
final class AuthenticationRefused extends RuntimeException {

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

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String reason() {
        return reason;
    }

    Map<String, Object> claims() {
        return claims;
    }
}
