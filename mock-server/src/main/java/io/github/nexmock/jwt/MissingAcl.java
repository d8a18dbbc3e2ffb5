package io.github.nexmock.jwt;

/** What {@link JwtVerifier} does with a token that carries no {@code acl} claim. */
public enum MissingAcl {
    /** Every token without an acl has full access. */
    ALLOW,
    /**
     * A token with neither {@code acl} nor {@code sub} is an application token (what the Vonage server SDKs send) and has
     * full access; a user token ({@code sub} present) without an acl is refused with {@link Reason#ACL_MISSING}.
     */
    ALLOW_APPLICATION_TOKENS,
    /** Every token must carry an acl. */
    DENY
}
