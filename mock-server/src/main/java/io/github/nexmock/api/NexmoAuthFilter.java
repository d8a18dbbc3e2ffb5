package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.nexmock.jwt.TokenWarning;
import io.github.nexmock.jwt.VerifiedToken;
import io.github.nexmock.server.Rejection;
import io.github.nexmock.server.RejectionLog;
import io.github.nexmock.server.Warning;
import io.github.nexmock.server.WarningLog;
import java.time.Clock;

/**
 * The WireMock filter in front of every stub request: authenticates it (Basic api_key:api_secret, the legacy
 * api_key/api_secret parameters, or a Bearer JWT checked by {@link io.github.nexmock.jwt.JwtVerifier}), refuses it
 * with a 401/403 problem and a {@link RejectionLog} entry, answers it when it is a Nexmo API request, and otherwise
 * lets it through to WireMock's stubs, so a user's own stubs ({@code /v1/calls}, ...) are protected too. A token
 * accepted with warnings gets a {@link WarningLog} entry per warning and {@code Nexmock-Warning} response headers
 * (see {@link WarningHeaders}).
 */
public final class NexmoAuthFilter implements StubRequestFilterV2 {

    /** The extension name WireMock knows the filter by. */
    public static final String NAME = "nexmock-auth";

    private final Authenticator authenticator;
    private final NexmoApis apis;
    private final RejectionLog rejections;
    private final WarningLog warnings;
    private final Clock clock;

    NexmoAuthFilter(Authenticator authenticator, NexmoApis apis, RejectionLog rejections, WarningLog warnings,
                    Clock clock) {
        this.authenticator = authenticator;
        this.apis = apis;
        this.rejections = rejections;
        this.warnings = warnings;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        Principal principal;
        try {
            principal = authenticator.authenticate(request);
        } catch (AuthenticationRefused refused) {
            String path = ApiRequest.pathOf(request.getUrl());
            rejections.add(new Rejection(clock.instant(), request.getMethod().getName(), path, refused.reason(),
                    refused.getMessage(), refused.claims()));
            return RequestFilterAction.stopWith(Problem.refusal(ApiFamily.of(path), refused.status(), refused.code(),
                    refused.reason(), refused.getMessage()).toResponse());
        }
        if (principal instanceof Principal.Application application) {
            warn(request, serveEvent, application.token());
        }
        return apis.serve(request, principal)
                .map(RequestFilterAction::stopWith)
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    private void warn(Request request, ServeEvent serveEvent, VerifiedToken token) {
        for (TokenWarning warning : token.warnings()) {
            warnings.add(new Warning(clock.instant(), request.getMethod().getName(), ApiRequest.pathOf(request.getUrl()),
                    token.applicationId(), warning.code().name(), warning.message()));
            if (serveEvent != null) {
                WarningHeaders.note(serveEvent, warning);
            }
        }
    }
}
