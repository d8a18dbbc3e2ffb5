package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;

/**
 * Answers an authenticated request that neither a Nexmo API nor any stub serves with a 404 problem naming what the
 * mock does serve, instead of WireMock's plain-text diff, so every 4xx of the mock is problem+json.
 */
public final class UnmatchedRequestRenderer extends NotMatchedRenderer {

    private final Routes routes;

    /** The renderer naming what the route table serves. */
    public UnmatchedRequestRenderer(Routes routes) {
        this.routes = routes;
    }

    @Override
    protected ResponseDefinition render(Admin admin, ServeEvent serveEvent) {
        String method = serveEvent.getRequest().getMethod().getName();
        ApiPath path = ApiPath.of(serveEvent.getRequest().getUrl());
        return Problem.of(
                        path.family(),
                        404,
                        "no stub matches " + method + " " + path + "; nexmock serves "
                                + routes.served() + "; stub other Nexmo APIs with "
                                + "WireMock (NexmoMockServer.wireMock().stubFor(...))")
                .toResponse();
    }
}
