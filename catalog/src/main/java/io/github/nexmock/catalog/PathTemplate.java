package io.github.nexmock.catalog;

import java.util.List;

/**
 * A described path as served, e.g. {@code /sms/{format}}: literal segments and {@code {name}} segments that match
 * any one non-empty segment. Where several templates match a path, the one with a literal segment where another has
 * a parameter, reading left to right, is the more specific and wins, as OpenAPI has concrete paths matched before
 * templated ones ({@code /verify/network-unblock} before {@code /verify/{format}}).
 */
record PathTemplate(String template, List<String> segments) {

    static PathTemplate of(String template) {
        return new PathTemplate(template, split(template));
    }

    /** The segments of a request path; a single trailing slash is ignored. */
    static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    /** Whether the request path's segments match. */
    boolean matches(List<String> path) {
        if (path.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment) ? path.get(i).isEmpty() : !segment.equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The value of the path parameter {@code name} in a matching path, or null when the template has none. */
    String parameter(List<String> path, String name) {
        int index = segments.indexOf("{" + name + "}");
        return index < 0 ? null : path.get(index);
    }

    /** Negative when this template is more specific than {@code other} (both matching the same path). */
    int compareSpecificity(PathTemplate other) {
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            boolean mine = isParameter(segments.get(i));
            boolean theirs = isParameter(other.segments.get(i));
            if (mine != theirs) {
                return mine ? 1 : -1;
            }
        }
        return 0;
    }

    /** The same shape: the same literals at the same places, parameters at the same places. */
    boolean sameShape(PathTemplate other) {
        if (segments.size() != other.segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String mine = segments.get(i);
            String theirs = other.segments.get(i);
            if (isParameter(mine) != isParameter(theirs) || !isParameter(mine) && !mine.equals(theirs)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
