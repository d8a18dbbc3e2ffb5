package io.github.nexmock.api;

import io.github.nexmock.jwt.VerifiedToken;

/** Who an authenticated request acts for: the whole account (api_key/api_secret) or one application (its JWT). */
public sealed interface Principal {

    /** The account holder, authenticated with api_key and api_secret: sees every application. */
    record Account() implements Principal {}

    /** An application, authenticated with a JWT it signed: sees only its own users. */
    record Application(VerifiedToken token) implements Principal {

        String applicationId() {
            return token.applicationId();
        }
    }
}
