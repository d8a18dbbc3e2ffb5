package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * One line of the route table: a method on an API's collection ({@code /v2/applications}), on one of its items
 * ({@code /v2/applications/{id}}) or on a named part of an item ({@code /v1/calls/{id}/talk}), and the handler that
 * answers it.
 */
record Route(String method, NexmoApi api, boolean item, String part, Handler handler) {

    /** Answers a request its route matched. */
    @FunctionalInterface
    interface Handler {
        ResponseDefinition handle(ApiRequest request);
    }

    static Route collection(String method, NexmoApi api, Handler handler) {
        return new Route(method, api, false, null, handler);
    }

    static Route item(String method, NexmoApi api, Handler handler) {
        return new Route(method, api, true, null, handler);
    }

    static Route part(String method, NexmoApi api, String part, Handler handler) {
        return new Route(method, api, true, part, handler);
    }

    /** Whether the route's path pattern matches, whatever the method. */
    boolean matchesPath(ApiPath path) {
        if (path.api().orElse(null) != api) {
            return false;
        }
        return part != null
                ? path.segments().size() == 4 && path.segments().get(3).equals(part)
                : path.segments().size() == (item ? 3 : 2);
    }

    /** The path pattern, e.g. {@code /v2/applications/{id}}. */
    String pattern() {
        return api.root() + (item ? "/{id}" : "") + (part != null ? "/" + part : "");
    }
}
