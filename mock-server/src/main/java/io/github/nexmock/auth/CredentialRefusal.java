package io.github.nexmock.auth;

/**
 * Why a request without an acceptable JWT was refused: the reasons that are not about a token's content
 * (those are {@link io.github.nexmock.jwt.Reason}s).
 */
public enum CredentialRefusal {
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

    CredentialRefusal(int status) {
        this.status = status;
    }

    /** The HTTP status of the refusal. */
    public int status() {
        return status;
    }

    /** The Nexmo error code of the refusal. */
    public String code() {
        return status == 403 ? "system:error:permission" : "system:error:invalid-token";
    }
}
