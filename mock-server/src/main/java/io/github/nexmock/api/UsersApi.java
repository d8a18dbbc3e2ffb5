package io.github.nexmock.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.state.ApplicationNotFoundException;
import io.github.nexmock.state.DuplicateUserNameException;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.SortOrder;
import io.github.nexmock.state.User;
import io.github.nexmock.state.UserCursor;
import io.github.nexmock.state.UserFields;
import io.github.nexmock.state.UserJson;
import io.github.nexmock.state.UserNotFoundException;
import io.github.nexmock.state.UserPage;
import io.github.nexmock.state.UserQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The Users API ({@code /v1/users}, and the same resources under {@code /v0.3/users}) for the application whose JWT
 * authenticated the request: it sees and changes only its own users. Lists are cursor-paged; {@code cursor} comes
 * last in every {@code _links} href because the Vonage SDK takes everything after {@code cursor=}.
 */
final class UsersApi {

    static final String NOT_FOUND = "user:error:not-found";
    static final String DUPLICATE_NAME = "user:error:duplicate-name";

    private final NexmoState state;

    UsersApi(NexmoState state) {
        this.state = state;
    }

    ResponseDefinition find(ApiRequest request) {
        return ApiResponses.json(200, json(find(request, request.applicationId(), request.id()), selfHref(request)));
    }

    ResponseDefinition create(ApiRequest request) {
        String applicationId = request.applicationId();
        UserFields fields = UserBodies.create(request);
        User user = write(request, applicationId, fields.name(), () -> state.createUser(applicationId, fields));
        return ApiResponses.json(201, json(user, collectionHref(request) + "/" + user.id()));
    }

    ResponseDefinition update(ApiRequest request) {
        String applicationId = request.applicationId();
        String userId = request.id();
        User current = find(request, applicationId, userId);
        UserFields fields = UserBodies.update(request, current);
        User updated =
                write(request, applicationId, fields.name(), () -> state.updateUser(applicationId, userId, fields));
        return ApiResponses.json(200, json(updated, selfHref(request)));
    }

    ResponseDefinition delete(ApiRequest request) {
        String applicationId = request.applicationId();
        String userId = request.id();
        write(request, applicationId, null, () -> {
            state.deleteUser(applicationId, userId);
            return null;
        });
        return ApiResponses.noContent();
    }

    /** Runs a change, turning the state's refusals into the Users API's problems. */
    static User write(ApiRequest request, String applicationId, String name, Supplier<User> change) {
        try {
            return change.get();
        } catch (DuplicateUserNameException e) {
            throw Problem.of(
                            request.family(),
                            409,
                            DUPLICATE_NAME,
                            "user name '" + name + "' is already taken in this application")
                    .toException();
        } catch (UserNotFoundException e) {
            throw ApiResponses.notFound(request, NOT_FOUND, "no user with id " + e.userId() + " in this application");
        } catch (ApplicationNotFoundException e) {
            throw ApiResponses.notFound(
                    request, "application:error:not-found", "application " + applicationId + " no longer exists");
        }
    }

    private User find(ApiRequest request, String applicationId, String userId) {
        return find(state, request, applicationId, userId);
    }

    static User find(NexmoState state, ApiRequest request, String applicationId, String userId) {
        return state.user(applicationId, userId)
                .orElseThrow(() -> ApiResponses.notFound(
                        request, NOT_FOUND, "no user with id " + userId + " in this application"));
    }

    ResponseDefinition list(ApiRequest request) {
        String applicationId = request.applicationId();
        BodyReader parameters = new BodyReader(ApiJson.object(), request.family());
        int pageSize = request.intQuery("page_size", 10, 1, 100, parameters);
        SortOrder order = request.parsedQuery("order", SortOrder::fromParameter, SortOrder.ASC, parameters);
        UserCursor cursor = request.parsedQuery("cursor", UserCursor::parse, null, parameters);
        String name = request.api() == NexmoApi.USERS_V1 ? request.query("name").orElse(null) : null;
        parameters.check();

        UserPage page = state.users(applicationId, new UserQuery(pageSize, order, cursor, name));
        String listHref = collectionHref(request) + "?order=" + order.parameter() + "&page_size=" + pageSize
                + (name == null ? "" : "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        ObjectNode body = ApiJson.object().put("page_size", pageSize);
        ArrayNode users = body.putObject("_embedded").putArray("users");
        for (User user : page.users()) {
            ObjectNode summary = users.addObject().put("id", user.id()).put("name", user.name());
            if (user.displayName() != null) {
                summary.put("display_name", user.displayName());
            }
            summary.putObject("_links").putObject("self").put("href", collectionHref(request) + "/" + user.id());
        }
        ObjectNode links = body.putObject("_links");
        links.putObject("first").put("href", listHref);
        links.putObject("self").put("href", cursor == null ? listHref : listHref + "&cursor=" + cursor);
        if (page.next() != null) {
            links.putObject("next").put("href", listHref + "&cursor=" + page.next());
        }
        if (page.previous() != null) {
            links.putObject("prev").put("href", listHref + "&cursor=" + page.previous());
        }
        return ApiResponses.json(200, body);
    }

    private static String collectionHref(ApiRequest request) {
        return request.baseUrl() + "/" + request.segments().get(0) + "/users";
    }

    private static String selfHref(ApiRequest request) {
        return collectionHref(request) + "/" + request.segments().get(2);
    }

    /** A user as the v1 and v0.3 APIs show it. */
    static ObjectNode json(User user, String selfHref) {
        ObjectNode node = ApiJson.object().put("id", user.id()).put("name", user.name());
        UserJson.putData(UserJson.putProfile(node, user), user);
        node.putObject("timestamp").put("created", user.createdAt().toString());
        node.putObject("_links").putObject("self").put("href", selfHref);
        return node;
    }
}
