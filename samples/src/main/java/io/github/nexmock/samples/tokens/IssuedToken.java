package io.github.nexmock.samples.tokens;

import java.time.Instant;

/**
 * A client SDK JWT issued to a user.
 *
 * @param user      the user name, the token's {@code sub}
 * @param token     the compact JWT
 * @param expiresAt the token's {@code exp}
 */
public record IssuedToken(String user, String token, Instant expiresAt) {

    /** The user and expiry; never the token. */
    @Override
    public String toString() {
        return "IssuedToken[" + user + ", expires " + expiresAt + "]";
    }
}
