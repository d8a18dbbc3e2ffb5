package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.server.Rejection;
import io.github.nexmock.server.RejectionLog;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.StateSnapshot;
import io.github.nexmock.state.User;
import java.util.List;

/**
 * nexmock's admin endpoints beside WireMock's own, under {@code /__admin/nexmock/}: {@code GET state} (applications
 * with public keys only, and users), {@code POST reset} (empties the state and the rejection log),
 * {@code GET rejections} (optionally {@code ?since=<mark>}) and {@code DELETE rejections}.
 */
public final class NexmockAdminApi implements AdminApiExtension {

    /** The extension name WireMock knows the admin API by. */
    public static final String NAME = "nexmock-admin";

    private final NexmoState state;
    private final RejectionLog rejections;

    NexmockAdminApi(NexmoState state, RejectionLog rejections) {
        this.state = state;
        this.rejections = rejections;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/nexmock/state", (admin, event, params) -> ApiResponses.json(200, state()));
        router.add(RequestMethod.POST, "/nexmock/reset", (admin, event, params) -> {
            state.reset();
            rejections.clear();
            return ApiResponses.noContent();
        });
        router.add(RequestMethod.GET, "/nexmock/rejections",
                (admin, event, params) -> rejections(event.getRequest().queryParameter("since")));
        router.add(RequestMethod.DELETE, "/nexmock/rejections", (admin, event, params) -> {
            rejections.clear();
            return ApiResponses.noContent();
        });
    }

    private ObjectNode state() {
        StateSnapshot snapshot = state.snapshot();
        ObjectNode body = ApiJson.object();
        ArrayNode applications = body.putArray("applications");
        for (Application application : snapshot.applications()) {
            applications.add(ApplicationsApi.json(application, null));
        }
        ArrayNode users = body.putArray("users");
        for (User user : snapshot.users()) {
            ObjectNode node = users.addObject().put("id", user.id()).put("application_id", user.applicationId())
                    .put("name", user.name());
            putIfPresent(node, "display_name", user.displayName());
            putIfPresent(node, "image_url", user.imageUrl());
            setIfPresent(node, "properties", user.properties());
            setIfPresent(node, "channels", user.channels());
            node.put("created_at", user.createdAt().toString());
        }
        return body;
    }

    private ResponseDefinition rejections(QueryParameter since) {
        long mark = 0;
        if (since != null && since.isPresent()) {
            try {
                mark = Long.parseLong(since.firstValue());
            } catch (NumberFormatException e) {
                return Problem.invalid(ApiFamily.APPLICATIONS, List.of(new InvalidParameter("since",
                        "must be a mark (an integer), got '" + since.firstValue() + "'"))).toResponse();
            }
        }
        ObjectNode body = ApiJson.object().put("mark", rejections.mark());
        ArrayNode entries = body.putArray("rejections");
        for (Rejection rejection : rejections.since(mark)) {
            ObjectNode entry = entries.addObject()
                    .put("time", rejection.time().toString())
                    .put("method", rejection.method())
                    .put("path", rejection.path())
                    .put("reason", rejection.reason())
                    .put("detail", rejection.detail());
            entry.set("claims", ApiJson.tree(rejection.claims()));
        }
        return ApiResponses.json(200, body);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void setIfPresent(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.set(name, value);
        }
    }
}
