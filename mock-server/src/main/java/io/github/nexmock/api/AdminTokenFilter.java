package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards every {@code /__admin} request, WireMock's and nexmock's, with {@code Authorization: Bearer <admin token>}
 * when the server was given one: on a shared host the admin API can reset state and read every request.
 */
public final class AdminTokenFilter implements AdminRequestFilterV2 {

    /** The extension name WireMock knows the filter by. */
    public static final String NAME = "nexmock-admin-token";

    private final byte[] expected;

    AdminTokenFilter(String adminToken) {
        this.expected = ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null
                && MessageDigest.isEqual(expected, authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            return RequestFilterAction.continueWith(request);
        }
        return RequestFilterAction.stopWith(Problem.refusal(ApiFamily.APPLICATIONS, 401, "system:error:invalid-token",
                "ADMIN_TOKEN_REQUIRED", authorization == null
                        ? "the admin API needs Authorization: Bearer <admin token>"
                        : "the admin token is wrong").toResponse());
    }
}
