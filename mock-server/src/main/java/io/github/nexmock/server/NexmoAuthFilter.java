package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.nexmock.api.ApiPath;
import io.github.nexmock.api.Principal;
import io.github.nexmock.api.Problem;
import io.github.nexmock.api.Routes;
import io.github.nexmock.auth.AuthenticationRefused;
import io.github.nexmock.auth.Gate;
import io.github.nexmock.catalogue.Catalogue;
import io.github.nexmock.catalogue.DescribedOperation;
import io.github.nexmock.jwt.TokenWarning;
import java.util.Optional;

/**
 * The WireMock filter in front of every stub request: parses its path once, has the {@link Gate} authenticate it
 * (Basic api_key:api_secret, the legacy api_key/api_secret parameters, or a Bearer JWT) and answers a refusal with a
 * 401/403 problem, then lets the {@link Routes} answer it when it is a Nexmo API request, and otherwise lets it
 * through to WireMock's stubs, so a user's own stubs are protected too. A request to an
 * operation of the {@link Catalogue} is authenticated as that operation's description requires instead, and refused
 * in its API's own error style. A token accepted
 * with warnings gets {@code Nexmock-Warning} response headers (see {@link WarningHeaders}).
 */
final class NexmoAuthFilter implements StubRequestFilterV2 {

    /** The extension name WireMock knows the filter by. */
    static final String NAME = "nexmock-auth";

    private final Gate gate;
    private final Routes routes;
    private final Catalogue catalogue;
    private final CatalogueRenderer catalogueAnswers;
    private final UserStubs stubs;

    /** The filter; {@code catalogue} and {@code catalogueAnswers} are null when no catalogue answers. */
    NexmoAuthFilter(
            Gate gate, Routes routes, Catalogue catalogue, CatalogueRenderer catalogueAnswers, UserStubs stubs) {
        this.gate = gate;
        this.routes = routes;
        this.catalogue = catalogue;
        this.catalogueAnswers = catalogueAnswers;
        this.stubs = stubs;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        ApiPath path = ApiPath.of(request.getUrl());
        if (catalogue != null && path.api().isEmpty()) {
            Optional<DescribedOperation> operation =
                    catalogue.operation(request.getMethod().getName(), path.path());
            if (operation.isPresent()) {
                return admitDescribed(request, path, operation.get(), serveEvent);
            }
        }
        Principal principal;
        try {
            principal = gate.admit(request, path);
        } catch (AuthenticationRefused refused) {
            return RequestFilterAction.stopWith(Problem.refusal(
                            path.family(),
                            refused.reason().status(),
                            refused.reason().code(),
                            refused.reason().name(),
                            refused.getMessage())
                    .toResponse());
        }
        noteWarnings(principal, serveEvent);
        return routes.serve(request, path, principal)
                .map(RequestFilterAction::stopWith)
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    /**
     * A request to a described operation, authenticated as its description requires and refused in its API's own
     * style; an accepted one is answered by the catalogue here when no stub of the user's matches it, and otherwise goes
     * on to WireMock, whose stubs win (on a WireMock whose stubs the filter cannot see, the catalogue answers as its
     * not-matched renderer).
     */
    private RequestFilterAction admitDescribed(
            Request request, ApiPath path, DescribedOperation operation, ServeEvent serveEvent) {
        try {
            noteWarnings(
                    gate.admit(request, path, credentials -> operation.authenticate(request, credentials)), serveEvent);
        } catch (AuthenticationRefused refused) {
            return RequestFilterAction.stopWith(operation.refusal(refused));
        }
        return stubs.noneMatch(request)
                ? RequestFilterAction.stopWith(catalogueAnswers.answer(request, path, operation))
                : RequestFilterAction.continueWith(request);
    }

    private static void noteWarnings(Principal principal, ServeEvent serveEvent) {
        if (principal instanceof Principal.Application application && serveEvent != null) {
            for (TokenWarning warning : application.token().warnings()) {
                WarningHeaders.note(serveEvent, warning);
            }
        }
    }
}
