package io.github.nexmock.auth;

import com.github.tomakehurst.wiremock.http.Request;
import io.github.nexmock.api.ApiPath;
import io.github.nexmock.api.Principal;
import io.github.nexmock.jwt.Reason;

/**
 * nexmock's verifiers, handed to a {@link io.github.nexmock.catalogue.DescribedOperation} so it can authenticate a
 * request the way its description requires: the account's key and secret (Basic, or as parameters), or a Bearer JWT
 * verified in full, ACL against the request's own path included. Each check throws {@link AuthenticationRefused}
 * naming the reason, never quoting a credential; the last one that passed is the request's principal. One per
 * request.
 */
public final class Credentials {

    private final Authenticator authenticator;
    private final Request request;
    private Principal principal;

    Credentials(Authenticator authenticator, Request request) {
        this.authenticator = authenticator;
        this.request = request;
    }

    /**
     * Authenticates as nexmock does a request to a user's stub: Basic api_key:api_secret, the api_key and api_secret
     * parameters, or a Bearer JWT; for operations whose description declares no security.
     */
    public void any() {
        principal = authenticator.authenticate(request, ApiPath.of(request.getUrl()));
    }

    /** Checks {@code Authorization: Basic base64(api_key:api_secret)} given its credentials part. */
    public void basic(String encoded) {
        principal = authenticator.basic(encoded);
    }

    /** Checks an api_key and api_secret given as parameters; {@code where} names them in a refusal. */
    public void keyAndSecret(String key, String secret, String where) {
        principal = authenticator.checked(key, secret, where);
    }

    /** Checks that {@code key} is the account's api_key, for a request signed rather than carrying the secret. */
    public void keyOnly(String key, String where) {
        if (!authenticator.isAccountKey(key)) {
            throw new AuthenticationRefused(Reason.BAD_CREDENTIALS, where + ": the api_key is not this account's");
        }
        principal = new Principal.Account();
    }

    /** Verifies a Bearer JWT against the request's method and path: signature, times and ACL. */
    public void token(String token) {
        principal = authenticator.application(token, request.getMethod().getName(), request.getUrl());
    }

    /** A credential parameter from the query string or, within the body limit, a form or JSON body; else null. */
    public String parameter(String name) {
        return authenticator.parameter(request, name);
    }

    /** A refusal for credentials the operation does not take or that are missing; {@code detail} quotes none. */
    public AuthenticationRefused refusal(Reason reason, String detail) {
        return new AuthenticationRefused(reason, detail);
    }

    /** The principal of the last check that passed, or null when none ran. */
    Principal principal() {
        return principal;
    }
}
