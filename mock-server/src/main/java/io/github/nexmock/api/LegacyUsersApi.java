package io.github.nexmock.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.User;
import io.github.nexmock.state.UserFields;
import io.github.nexmock.state.UserJson;

/**
 * The Conversation API v0.1 users ({@code /v0.1/users}) that the first client SDKs and nexmo-cli called: the list is a
 * plain array of {@code {id, name, href}}, create answers 200 with {@code {id, href}}, PUT updates the members it
 * carries, DELETE answers 200 with {@code {}}.
 */
final class LegacyUsersApi {

    private final NexmoState state;

    LegacyUsersApi(NexmoState state) {
        this.state = state;
    }

    ResponseDefinition find(ApiRequest request) {
        return ApiResponses.json(
                200, json(request, UsersApi.find(state, request, request.applicationId(), request.id())));
    }

    ResponseDefinition list(ApiRequest request) {
        String applicationId = request.applicationId();
        ArrayNode users = ApiJson.object().arrayNode();
        for (User user : state.users(applicationId)) {
            users.addObject().put("id", user.id()).put("name", user.name()).put("href", href(request, user));
        }
        return ApiResponses.json(200, users);
    }

    ResponseDefinition create(ApiRequest request) {
        String applicationId = request.applicationId();
        UserFields fields = UserBodies.create(request);
        User user =
                UsersApi.write(request, applicationId, fields.name(), () -> state.createUser(applicationId, fields));
        return ApiResponses.json(200, ApiJson.object().put("id", user.id()).put("href", href(request, user)));
    }

    ResponseDefinition update(ApiRequest request) {
        String applicationId = request.applicationId();
        String userId = request.id();
        User current = UsersApi.find(state, request, applicationId, userId);
        UserFields fields = UserBodies.update(request, current);
        User updated = UsersApi.write(
                request, applicationId, fields.name(), () -> state.updateUser(applicationId, userId, fields));
        return ApiResponses.json(200, json(request, updated));
    }

    ResponseDefinition delete(ApiRequest request) {
        String applicationId = request.applicationId();
        String userId = request.id();
        UsersApi.write(request, applicationId, null, () -> {
            state.deleteUser(applicationId, userId);
            return null;
        });
        return ApiResponses.json(200, ApiJson.object());
    }

    private static ObjectNode json(ApiRequest request, User user) {
        ObjectNode node = ApiJson.object().put("id", user.id()).put("name", user.name());
        return UserJson.putProfile(node, user).put("href", href(request, user));
    }

    private static String href(ApiRequest request, User user) {
        return request.baseUrl() + "/v0.1/users/" + user.id();
    }
}
