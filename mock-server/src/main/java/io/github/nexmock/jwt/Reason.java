package io.github.nexmock.jwt;

/**
 * Why {@link JwtVerifier} refused a token, with the HTTP status and Nexmo error code the platform answers with.
 * Constants are declared in the order the verifier checks them.
 */
public enum Reason {
    MISSING_TOKEN(401),
    TOKEN_TOO_LARGE(401),
    MALFORMED(401),
    UNSUPPORTED_ALGORITHM(401),
    CRITICAL_HEADER(401),
    WRONG_CLAIM_TYPE(401),
    MISSING_CLAIM(401),
    UNKNOWN_APPLICATION(401),
    BAD_SIGNATURE(401),
    ISSUED_IN_FUTURE(401),
    NOT_YET_VALID(401),
    EXPIRED(401),
    LIFETIME_TOO_SHORT(401),
    UNSAFE_PATH(403),
    ACL_MISSING(403),
    ACL_DENIES_PATH(403),
    ACL_DENIES_METHOD(403);

    private final int status;

    Reason(int status) {
        this.status = status;
    }

    /** HTTP status of the refusal: 401 when the token is not acceptable, 403 when it may not do this request. */
    public int status() {
        return status;
    }

    /** Nexmo error code: {@code system:error:expired-token}, {@code system:error:invalid-token} or {@code system:error:permission}. */
    public String code() {
        if (this == EXPIRED) {
            return "system:error:expired-token";
        }
        return status == 403 ? "system:error:permission" : "system:error:invalid-token";
    }
}
