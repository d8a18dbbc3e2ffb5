package io.github.nexmock.jwt;

/**
 * Why the mock refused a request, with the HTTP status and Nexmo error code the platform answers with: first the
 * reasons {@link JwtVerifier} refuses a token for, in the order it checks them, then those about credentials that
 * are not an acceptable token (the {@code io.github.nexmock.auth} package's). The one type of
 * {@code io.github.nexmock.jwt.Rejection#reason()}; its names are the {@code reason} of a refusal's problem body.
 */
public enum Reason {
    MISSING_TOKEN(401),
    TOKEN_TOO_LARGE(401),
    MALFORMED(401),
    UNSUPPORTED_ALGORITHM(401),
    CRITICAL_HEADER(401),
    WRONG_CLAIM_TYPE(401),
    /** A {@code ttl} claim: a generator's lifetime option left in the payload, which Nexmo refuses. */
    TTL_CLAIM(401),
    MISSING_CLAIM(401),
    UNKNOWN_APPLICATION(401),
    BAD_SIGNATURE(401),
    NOT_YET_VALID(401),
    EXPIRED(401),
    LIFETIME_TOO_SHORT(401),
    UNSAFE_PATH(403),
    ACL_MISSING(403),
    ACL_DENIES_PATH(403),
    ACL_DENIES_METHOD(403),
    /** No Authorization header and no api_key/api_secret parameters. */
    MISSING_CREDENTIALS(401),
    /** An Authorization header that cannot be read (bad base64, no ':' in Basic credentials, empty value). */
    MALFORMED_CREDENTIALS(401),
    /** api_key and api_secret that are not the account's. */
    BAD_CREDENTIALS(401),
    /** An Authorization scheme other than Basic or Bearer. */
    UNSUPPORTED_SCHEME(401),
    /** api_key/api_secret on the Users API, which takes an application's JWT only. */
    TOKEN_REQUIRED(401),
    /** A Bearer JWT on the Application API, which takes the account's api_key and api_secret only. */
    APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS(401);

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
