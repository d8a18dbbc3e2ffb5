package io.github.nexmock.internal.api;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * One line of the route table: a method on an API's collection ({@code /v2/applications}) or on one of its items
 * ({@code /v2/applications/{id}}), and the handler that answers it.
 */
record Route(String method, NexmoApi api, boolean item, Handler handler) {

    /** Answers a request its route matched. */
    @FunctionalInterface
    interface Handler {
        ResponseDefinition handle(ApiRequest request);
    }

    static Route collection(String method, NexmoApi api, Handler handler) {
        return new Route(method, api, false, handler);
    }

    static Route item(String method, NexmoApi api, Handler handler) {
        return new Route(method, api, true, handler);
    }

    /** Whether the route's path pattern matches, whatever the method. */
    boolean matchesPath(ApiPath path) {
        return path.api().orElse(null) == api && path.segments().size() == (item ? 3 : 2);
    }

    /** The path pattern, e.g. {@code /v2/applications/{id}}. */
    String pattern() {
        return api.root() + (item ? "/{id}" : "");
    }
}
