package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.nexmock.api.ApiFamily;
import io.github.nexmock.api.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards every {@code /__admin} request, WireMock's and nexmock's, with {@code Authorization: Bearer <admin token>}
 * when the server was given one: on a shared host the admin API can reset state and read every request.
 * WireMock serves its static admin pages ({@code /__admin/swagger-ui/}, {@code /__admin/recorder/}) without its admin
 * filters; {@link GuardedJettyServerFactory} therefore also applies {@link #refusal(String)} in front of the whole
 * admin context, through an {@link AdminTokenGuard} servlet filter, before a body is read.
 */
final class AdminTokenFilter implements AdminRequestFilterV2 {

    /** The extension name WireMock knows the filter by. */
    static final String NAME = "nexmock-admin-token";

    private final byte[] expected;

    /** A filter accepting {@code Authorization: Bearer adminToken}. */
    AdminTokenFilter(String adminToken) {
        if (adminToken.isBlank()) {
            throw new IllegalArgumentException("admin token must not be blank");
        }
        this.expected = ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        return refusal(request.getHeader("Authorization"))
                .map(problem -> RequestFilterAction.stopWith(problem.toResponse()))
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    /** The 401 for an admin request with this {@code Authorization} value (null when absent); empty when it may pass. */
    Optional<Problem> refusal(String authorization) {
        if (authorization != null
                && MessageDigest.isEqual(expected, authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Problem.refusal(
                ApiFamily.APPLICATIONS,
                401,
                "system:error:invalid-token",
                "ADMIN_TOKEN_REQUIRED",
                authorization == null
                        ? "the admin API needs Authorization: Bearer <admin token>"
                        : "the admin token is wrong"));
    }
}
