package io.github.nexmock.api;

import java.util.List;
import java.util.Optional;

/**
 * A request's path, parsed once per request: without its query string, split into segments, and with the
 * {@link NexmoApi} it belongs to, if any. Authentication and the route table both read it.
 */
public final class ApiPath {

    private final String path;
    private final List<String> segments;
    private final NexmoApi api;

    private ApiPath(String path) {
        this.path = path;
        this.segments = segmentsOf(path);
        this.api = NexmoApi.of(segments).orElse(null);
    }

    /** The path of a request URL (path and query string). */
    public static ApiPath of(String url) {
        int query = url.indexOf('?');
        return new ApiPath(query < 0 ? url : url.substring(0, query));
    }

    /** Path segments; a single trailing slash is ignored ({@code /v1/applications/} has two). */
    private static List<String> segmentsOf(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    /** The path without query string, which may carry {@code api_secret}. */
    public String path() {
        return path;
    }

    /** The API the path belongs to; empty for any other path (a user's own stubs). */
    public Optional<NexmoApi> api() {
        return Optional.ofNullable(api);
    }

    /** The error dialect of problems about this path: the Users API's for its paths, else the Application API's. */
    public ApiFamily family() {
        return api != null ? api.family() : ApiFamily.APPLICATIONS;
    }

    List<String> segments() {
        return segments;
    }

    @Override
    public String toString() {
        return path;
    }
}
