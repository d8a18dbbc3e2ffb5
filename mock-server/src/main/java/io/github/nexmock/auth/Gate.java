package io.github.nexmock.auth;

import com.github.tomakehurst.wiremock.http.Request;
import io.github.nexmock.api.ApiPath;
import io.github.nexmock.api.Principal;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.Rejection;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.jwt.TokenWarning;
import io.github.nexmock.jwt.Warning;
import io.github.nexmock.jwt.WarningLog;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Where every request is authenticated and the outcome kept: a refusal goes into the {@link RejectionLog}, each
 * warning about an accepted token into the {@link WarningLog}, so a failing test can read why. Public for the
 * {@code server} layer only: no API of nexmock's.
 */
public final class Gate {

    private final Authenticator authenticator;
    private final RejectionLog rejections;
    private final WarningLog warnings;
    private final Clock clock;

    /**
     * A gate accepting the account's credentials, or a JWT the verifier accepts, reading legacy credential
     * parameters from bodies up to {@code maxBodyBytes}, and recording in the logs at the clock's time.
     */
    public Gate(
            ApiCredentials account,
            JwtVerifier verifier,
            long maxBodyBytes,
            RejectionLog rejections,
            WarningLog warnings,
            Clock clock) {
        this.authenticator = new Authenticator(account, verifier, maxBodyBytes);
        this.rejections = rejections;
        this.warnings = warnings;
        this.clock = clock;
    }

    /**
     * The principal of an acceptable request, its token's warnings logged.
     *
     * @throws AuthenticationRefused naming the reason otherwise, once logged
     */
    public Principal admit(Request request, ApiPath path) {
        String method = request.getMethod().getName();
        Principal principal;
        try {
            principal = authenticator.authenticate(request, path);
        } catch (AuthenticationRefused refused) {
            throw rejected(method, path, refused);
        }
        return warned(method, path, principal);
    }

    /**
     * The principal of a request to a described operation, which {@code authentication} checks with the engine's
     * {@link Credentials}; refusals and token warnings are logged as for any other request.
     *
     * @throws AuthenticationRefused naming the reason, once logged
     * @throws IllegalStateException when {@code authentication} ran no check (a bug of the operation)
     */
    public Principal admit(Request request, ApiPath path, Consumer<Credentials> authentication) {
        String method = request.getMethod().getName();
        Credentials credentials = new Credentials(authenticator, request);
        try {
            authentication.accept(credentials);
        } catch (AuthenticationRefused refused) {
            throw rejected(method, path, refused);
        }
        Principal principal = credentials.principal();
        if (principal == null) {
            throw new IllegalStateException("the operation at " + path + " ran no credential check");
        }
        return warned(method, path, principal);
    }

    private AuthenticationRefused rejected(String method, ApiPath path, AuthenticationRefused refused) {
        rejections.add(new Rejection(
                clock.instant(), method, path.path(), refused.reason(), refused.getMessage(), refused.claims()));
        return refused;
    }

    private Principal warned(String method, ApiPath path, Principal principal) {
        if (principal instanceof Principal.Application application) {
            for (TokenWarning warning : application.token().warnings()) {
                warnings.add(new Warning(
                        clock.instant(),
                        method,
                        path.path(),
                        application.token().applicationId(),
                        warning.code(),
                        warning.message()));
            }
        }
        return principal;
    }
}
