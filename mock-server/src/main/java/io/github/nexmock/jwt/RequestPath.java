package io.github.nexmock.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path as ACL globs see it: query string dropped, split on '/', trailing slash ignored.
 * Paths a server might normalise differently (dot segments, backslashes, encoded dots, slashes or backslashes,
 * empty inner segments) are refused rather than guessed at, so no ACL can be slipped past by spelling a path
 * another way.
 *
 * @param path     the path without query string or fragment
 * @param segments its segments; empty when the path is unsafe
 * @param problem  why the path is unsafe, or empty when it is safe
 */
record RequestPath(String path, List<String> segments, Optional<String> problem) {

    /** Reads a raw request path, which may carry a query string. */
    static RequestPath of(String rawPath) {
        String path = strip(rawPath);
        Optional<String> problem = problemOf(path);
        if (problem.isEmpty()) {
            List<String> segments = split(path);
            problem = segments.contains("")
                    ? Optional.of("path '" + path + "' has an empty segment ('//')")
                    : dotSegmentProblem(path, segments);
            return new RequestPath(path, problem.isEmpty() ? segments : List.of(), problem);
        }
        return new RequestPath(path, List.of(), problem);
    }

    /** Segments of an absolute path or glob, a trailing slash ignored: "/" has none, "/v1/users/" has two. */
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

    private static String strip(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '?' || c == '#') {
                return rawPath.substring(0, i);
            }
        }
        return rawPath;
    }

    private static Optional<String> problemOf(String path) {
        if (!path.startsWith("/")) {
            return Optional.of("path '" + path + "' does not start with '/'");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                return Optional.of("path '" + path + "' contains a backslash");
            }
            if (c == '%' && i + 2 < path.length() && isEncodedSeparatorOrDot(path.charAt(i + 1), path.charAt(i + 2))) {
                return Optional.of("path '" + path + "' contains the encoded character %"
                        + Character.toUpperCase(path.charAt(i + 1)) + Character.toUpperCase(path.charAt(i + 2))
                        + "; send it unencoded or not at all");
            }
        }
        return Optional.empty();
    }

    /** %2E (dot), %2F (slash), %5C (backslash), in either case. */
    private static boolean isEncodedSeparatorOrDot(char high, char low) {
        char l = Character.toLowerCase(low);
        return high == '2' && (l == 'e' || l == 'f') || high == '5' && l == 'c';
    }

    private static Optional<String> dotSegmentProblem(String path, List<String> segments) {
        for (String segment : segments) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                return Optional.of("path '" + path + "' contains the dot segment '" + segment + "'");
            }
        }
        return Optional.empty();
    }
}
