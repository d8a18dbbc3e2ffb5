package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;

/**
 * Answers an authenticated request that neither a Nexmo API nor any stub serves with a 404 problem naming what the
 * mock does serve, instead of WireMock's plain-text diff, so every 4xx of the mock is problem+json.
 */
final class UnmatchedRequestRenderer extends NotMatchedRenderer {

    @Override
    protected ResponseDefinition render(Admin admin, ServeEvent serveEvent) {
        String method = serveEvent.getRequest().getMethod().getName();
        String path = ApiRequest.pathOf(serveEvent.getRequest().getUrl());
        return Problem.of(ApiFamily.of(path), 404, "no stub matches " + method + " " + path + "; nexmock serves "
                + "/v2/applications, /v1/applications and /v1, /v0.3 and /v0.1 users; stub other Nexmo APIs with "
                + "WireMock (NexmoMockServer.wireMock().stubFor(...))").toResponse();
    }
}
