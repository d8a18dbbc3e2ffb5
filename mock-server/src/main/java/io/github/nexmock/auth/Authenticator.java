package io.github.nexmock.auth;

import com.github.tomakehurst.wiremock.http.Request;
import io.github.nexmock.api.ApiPath;
import io.github.nexmock.api.NexmoApi;
import io.github.nexmock.api.Principal;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.JwtRejectedException;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Decides who a request acts for, or refuses it: Basic {@code api_key:api_secret}, the legacy {@code api_key} and
 * {@code api_secret} parameters, or a Bearer JWT verified against the application named in it. The Users and Voice
 * APIs take JWTs only; the Application API (v2 and v1) takes the account's credentials only, as its reference documents.
 */
final class Authenticator {

    private final ApiCredentials account;
    private final JwtVerifier verifier;
    private final long maxBodyBytes;

    Authenticator(ApiCredentials account, JwtVerifier verifier, long maxBodyBytes) {
        this.account = account;
        this.verifier = verifier;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The principal of an acceptable request.
     *
     * @throws AuthenticationRefused naming the reason otherwise
     */
    Principal authenticate(Request request, ApiPath path) {
        String url = request.getUrl();
        boolean tokensOnly = path.api().map(NexmoApi::takesTokensOnly).orElse(false);
        Optional<AuthorizationHeader> header = AuthorizationHeader.of(request);
        if (header.isPresent()) {
            AuthorizationHeader authorization = header.get();
            if (authorization.isBearer()) {
                requireTokenAllowed(path);
                return application(
                        authorization.credentials(), request.getMethod().getName(), url);
            }
            if (!authorization.isBasic()) {
                // the scheme is not quoted: a header without a space ("Authorization: SECRET") is all scheme
                throw new AuthenticationRefused(
                        Reason.UNSUPPORTED_SCHEME,
                        "the Authorization header's "
                                + "scheme is neither Basic nor Bearer; use Basic api_key:api_secret or Bearer <JWT>");
            }
            requireAccountAllowed(tokensOnly, path);
            return basic(authorization.credentials());
        }
        if (tokensOnly) {
            return application(null, request.getMethod().getName(), url);
        }
        return parameters(request);
    }

    Principal application(String token, String method, String url) {
        try {
            return new Principal.Application(verifier.verify(token, method, url));
        } catch (JwtRejectedException e) {
            throw new AuthenticationRefused(e.reason(), e.getMessage(), e.unverifiedClaims());
        }
    }

    /** The Application API v2 reference documents Basic api_key:api_secret only; v1 took them as parameters too. */
    private static void requireTokenAllowed(ApiPath path) {
        NexmoApi api = path.api().orElse(null);
        if (api == NexmoApi.APPLICATIONS_V2 || api == NexmoApi.APPLICATIONS_V1) {
            throw new AuthenticationRefused(
                    Reason.APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS,
                    "the"
                            + " Application API takes the account's API key and secret (Authorization: Basic"
                            + " base64(api_key:api_secret)"
                            + (api == NexmoApi.APPLICATIONS_V1 ? ", or the api_key and api_secret parameters" : "")
                            + "), not a JWT");
        }
    }

    private static void requireAccountAllowed(boolean tokensOnly, ApiPath path) {
        if (tokensOnly) {
            String api = path.api().orElseThrow() == NexmoApi.CALLS_V1 ? "Voice" : "Users";
            throw new AuthenticationRefused(
                    Reason.TOKEN_REQUIRED,
                    "the " + api + " API takes a Bearer JWT signed by an application, not api_key:api_secret");
        }
    }

    Principal basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationRefused(Reason.MALFORMED_CREDENTIALS, "Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new AuthenticationRefused(
                    Reason.MALFORMED_CREDENTIALS,
                    "Basic credentials must be base64 of api_key:api_secret; no ':' found");
        }
        return checked(decoded.substring(0, colon), decoded.substring(colon + 1), "Basic credentials");
    }

    private Principal parameters(Request request) {
        String key = parameter(request, "api_key");
        String secret = parameter(request, "api_secret");
        if (key == null && secret == null) {
            throw new AuthenticationRefused(
                    Reason.MISSING_CREDENTIALS,
                    "no credentials: send "
                            + "Authorization: Basic base64(api_key:api_secret) or Authorization: Bearer <JWT>");
        }
        if (key == null || secret == null) {
            throw new AuthenticationRefused(
                    Reason.MISSING_CREDENTIALS,
                    "api_key and api_secret go " + "together; " + (key == null ? "api_key" : "api_secret")
                            + " is missing");
        }
        return checked(key, secret, "api_key and api_secret");
    }

    /** Refuses credentials other than the account's, saying which half is wrong without quoting either. */
    Principal checked(String key, String secret, String what) {
        if (!account.matches(key, secret)) {
            throw new AuthenticationRefused(
                    Reason.BAD_CREDENTIALS,
                    what + " are not those of this "
                            + "account: "
                            + (account.apiKey().equals(key)
                                    ? "the api_secret does not match the api_key"
                                    : "the api_key is not this account's"));
        }
        return new Principal.Account();
    }

    /** Whether {@code key} is the account's api_key. */
    boolean isAccountKey(String key) {
        return account.apiKey().equals(key);
    }

    /** A parameter from the query string or, within the body limit, a form or JSON object body; null when absent. */
    String parameter(Request request, String name) {
        return CredentialParameters.first(request, name, maxBodyBytes);
    }
}
