package io.github.nexmock.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request path as ACL globs see it: query string dropped, split on '/', trailing slash ignored.
 * Paths a server might normalise differently (dot segments, encoded separators or dots, backslashes, empty inner
 * segments) are refused rather than guessed at, so no ACL can be slipped past by spelling a path another way.
 */
final class RequestPath {

    private static final String[] ENCODED = {"%2e", "%2f", "%5c"};

    private RequestPath() {
    }

    /** The path without query string or fragment. */
    static String strip(String rawPath) {
        int end = rawPath.length();
        int query = rawPath.indexOf('?');
        int fragment = rawPath.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return rawPath.substring(0, end);
    }

    /** Why the (stripped) path is unsafe to match, or empty when it is safe. */
    static Optional<String> problem(String path) {
        if (!path.startsWith("/")) {
            return Optional.of("path '" + path + "' does not start with '/'");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("path '" + path + "' contains a backslash");
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (String encoded : ENCODED) {
            if (lower.contains(encoded)) {
                return Optional.of("path '" + path + "' contains the encoded character " + encoded.toUpperCase(Locale.ROOT)
                        + "; send it unencoded or not at all");
            }
        }
        List<String> segments = split(path);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return Optional.of("path '" + path + "' has an empty segment ('//')");
            }
            String name = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (name.equals(".") || name.equals("..")) {
                return Optional.of("path '" + path + "' contains the dot segment '" + segment + "'");
            }
        }
        return Optional.empty();
    }

    /** Segments of an absolute path, a trailing slash ignored: "/" has none, "/v1/users/" has two. */
    static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        int start = 1;
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        while (start <= end && end > 0) {
            int slash = path.indexOf('/', start);
            if (slash < 0 || slash > end) {
                slash = end;
            }
            segments.add(path.substring(start, slash));
            start = slash + 1;
        }
        return segments;
    }
}
