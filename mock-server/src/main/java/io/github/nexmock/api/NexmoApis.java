package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.keys.KeyPairPool;
import io.github.nexmock.state.NexmoState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Routes an authenticated request to the Nexmo API resource that serves it: Applications v2 and v1, Users v1, v0.3
 * and v0.1. Paths it does not own are left to WireMock's stubs.
 */
final class NexmoApis {

    private final ApplicationsApi applications;
    private final LegacyApplicationsApi legacyApplications;
    private final UsersApi users;
    private final long maxBodyBytes;

    NexmoApis(NexmoState state, KeyPairPool keyPairs, long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        ApplicationStore store = new ApplicationStore(state, keyPairs);
        this.applications = new ApplicationsApi(store);
        this.legacyApplications = new LegacyApplicationsApi(store);
        this.users = new UsersApi(state);
    }

    /** The answer to a request on a Nexmo API path, or empty for any other path. */
    Optional<ResponseDefinition> serve(Request request, Principal principal) {
        String path = ApiRequest.pathOf(request.getUrl());
        List<String> segments = ApiRequest.segmentsOf(path);
        boolean applicationsPath = ApplicationsApi.isApplicationsPath(segments);
        if (!applicationsPath && !UsersApi.isUsersPath(path)) {
            return Optional.empty();
        }
        ApiRequest apiRequest = new ApiRequest(request, principal, maxBodyBytes);
        try {
            apiRequest.requireAcceptsJson();
            if (applicationsPath) {
                return Optional.of(segments.get(0).equals("v2")
                        ? applications.handle(apiRequest)
                        : legacyApplications.handle(apiRequest));
            }
            return Optional.of(users.handle(apiRequest));
        } catch (ProblemException e) {
            return Optional.of(e.problem().toResponse());
        } catch (RuntimeException e) {
            return Optional.of(internalError(e));
        }
    }

    /** A bug, not bad input: still a problem body, naming the failure but never request data. */
    private static ResponseDefinition internalError(RuntimeException failure) {
        String body = ApiJson.object()
                .put("type", "https://developer.nexmo.com/api-errors#internal-error")
                .put("title", "Internal Server Error")
                .put("detail", "nexmock failed to handle the request: " + failure.getClass().getName())
                .put("instance", UUID.randomUUID().toString())
                .toString();
        return ResponseDefinitionBuilder.responseDefinition().withStatus(500)
                .withHeader("Content-Type", Problem.MEDIA_TYPE).withBody(body).build();
    }
}
