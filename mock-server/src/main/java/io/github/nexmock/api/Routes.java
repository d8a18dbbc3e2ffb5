package io.github.nexmock.api;

import static io.github.nexmock.api.NexmoApi.APPLICATIONS_V1;
import static io.github.nexmock.api.NexmoApi.APPLICATIONS_V2;
import static io.github.nexmock.api.NexmoApi.CALLS_V1;
import static io.github.nexmock.api.NexmoApi.USERS_V0_1;
import static io.github.nexmock.api.NexmoApi.USERS_V0_3;
import static io.github.nexmock.api.NexmoApi.USERS_V1;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.voice.Calls;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The route table: every {@code (method, path pattern) → handler} the mock serves, Applications v2 and v1, Users v1,
 * v0.3 and v0.1, and the Voice API's calls. A path under an API's root that no pattern matches is a 404, a pattern without the method a 405
 * naming the methods the table has for it; paths under no API's root are left to WireMock's stubs. The table also
 * writes the help of a request nothing serves ({@link #served()}).
 */
public final class Routes {

    private final List<Route> routes;
    private final long maxBodyBytes;

    /**
     * The table over a state and its calls, creating key pairs from the pool, reading bodies up to the limit and
     * showing call times by the clock.
     */
    public Routes(NexmoState state, KeyPairPool keyPairs, long maxBodyBytes, Calls calls, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        ApplicationResources applications = new ApplicationResources(state, keyPairs);
        ApplicationsApi v2 = new ApplicationsApi(applications);
        LegacyApplicationsApi v1 = new LegacyApplicationsApi(applications);
        UsersApi users = new UsersApi(state);
        LegacyUsersApi v01 = new LegacyUsersApi(state);
        CallsApi voice = new CallsApi(calls, clock);
        this.routes = List.of(
                Route.collection("GET", APPLICATIONS_V2, v2::list),
                Route.collection("POST", APPLICATIONS_V2, v2::create),
                Route.item("GET", APPLICATIONS_V2, v2::find),
                Route.item("PUT", APPLICATIONS_V2, v2::replace),
                Route.item("DELETE", APPLICATIONS_V2, request -> applications.delete(request, request.id())),
                Route.collection("GET", APPLICATIONS_V1, v1::list),
                Route.collection("POST", APPLICATIONS_V1, v1::create),
                Route.item("GET", APPLICATIONS_V1, v1::find),
                Route.item("PUT", APPLICATIONS_V1, v1::replace),
                Route.item("DELETE", APPLICATIONS_V1, request -> applications.delete(request, request.id())),
                Route.collection("GET", USERS_V1, users::list),
                Route.collection("POST", USERS_V1, users::create),
                Route.item("GET", USERS_V1, users::find),
                Route.item("PATCH", USERS_V1, users::update),
                Route.item("DELETE", USERS_V1, users::delete),
                Route.collection("GET", USERS_V0_3, users::list),
                Route.collection("POST", USERS_V0_3, users::create),
                Route.item("GET", USERS_V0_3, users::find),
                Route.item("PATCH", USERS_V0_3, users::update),
                Route.item("DELETE", USERS_V0_3, users::delete),
                Route.collection("GET", USERS_V0_1, v01::list),
                Route.collection("POST", USERS_V0_1, v01::create),
                Route.item("GET", USERS_V0_1, v01::find),
                Route.item("PUT", USERS_V0_1, v01::update),
                Route.item("DELETE", USERS_V0_1, v01::delete),
                Route.collection("GET", CALLS_V1, voice::list),
                Route.collection("POST", CALLS_V1, voice::create),
                Route.item("GET", CALLS_V1, voice::find),
                Route.item("PUT", CALLS_V1, voice::update),
                Route.part("PUT", CALLS_V1, "talk", voice::startTalk),
                Route.part("DELETE", CALLS_V1, "talk", voice::stopTalk),
                Route.part("PUT", CALLS_V1, "stream", voice::startStream),
                Route.part("DELETE", CALLS_V1, "stream", voice::stopStream),
                Route.part("PUT", CALLS_V1, "dtmf", voice::startDtmf));
    }

    /** The answer to an authenticated request on a Nexmo API path, or empty for any other path. */
    public Optional<ResponseDefinition> serve(Request request, ApiPath path, Principal principal) {
        if (path.api().isEmpty()) {
            return Optional.empty();
        }
        ApiRequest apiRequest = new ApiRequest(request, path, principal, maxBodyBytes);
        try {
            apiRequest.requireAcceptsJson();
            return Optional.of(dispatch(apiRequest, path));
        } catch (ProblemException e) {
            return Optional.of(answer(e.problem(), path.family()));
        } catch (RuntimeException e) {
            return Optional.of(internalError(e));
        }
    }

    private ResponseDefinition dispatch(ApiRequest request, ApiPath path) {
        List<Route> atPath =
                routes.stream().filter(route -> route.matchesPath(path)).toList();
        if (atPath.isEmpty()) {
            throw ApiResponses.noSuchPath(request);
        }
        return atPath.stream()
                .filter(route -> route.method().equals(request.method()))
                .findFirst()
                .map(route -> route.handler().handle(request))
                .orElseGet(() -> ApiResponses.methodNotAllowed(
                        request, atPath.stream().map(Route::method).toList()));
    }

    /** A problem in the dialect of the family: the Voice API sends its error bodies as {@code application/json}. */
    private static ResponseDefinition answer(Problem problem, ApiFamily family) {
        if (family != ApiFamily.VOICE) {
            return problem.toResponse();
        }
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(problem.status())
                .withHeader("Content-Type", "application/json")
                .withBody(problem.toJson())
                .build();
    }

    /** What the table serves, for the help of an unmatched request: each API's root, in the table's order. */
    public String served() {
        List<String> roots =
                routes.stream().map(route -> route.api().root()).distinct().toList();
        return roots.subList(0, roots.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + roots.get(roots.size() - 1) + " (each with /{id} below)";
    }

    /** A bug, not bad input: still a problem body, naming the failure but never request data. */
    private static ResponseDefinition internalError(RuntimeException failure) {
        String body = ApiJson.object()
                .put("type", "https://developer.nexmo.com/api-errors#internal-error")
                .put("title", "Internal Server Error")
                .put(
                        "detail",
                        "nexmock failed to handle the request: "
                                + failure.getClass().getName())
                .put("instance", UUID.randomUUID().toString())
                .toString();
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(500)
                .withHeader("Content-Type", Problem.MEDIA_TYPE)
                .withBody(body)
                .build();
    }
}
