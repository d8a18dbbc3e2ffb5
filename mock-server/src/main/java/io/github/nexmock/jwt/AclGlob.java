package io.github.nexmock.jwt;

import java.util.List;

/**
 * One ACL path glob, compiled: segment {@code *} is exactly one segment, {@code **} is zero or more segments,
 * {@code *} inside a segment is any run of characters within it, everything else is literal and case-sensitive.
 */
final class AclGlob {

    private static final String ANY_SEGMENTS = "**";
    private static final String ONE_SEGMENT = "*";

    private final String[] segments;

    private AclGlob(List<String> segments) {
        this.segments = segments.toArray(String[]::new);
    }

    /**
     * Compiles a glob of the form Nexmo accepts: starts with '/', no whitespace.
     *
     * @throws IllegalArgumentException naming what is wrong with the glob
     */
    static AclGlob compile(String glob) {
        if (glob.isEmpty() || glob.charAt(0) != '/') {
            throw new IllegalArgumentException("acl path '" + glob + "' must start with '/'");
        }
        for (int i = 0; i < glob.length(); i++) {
            if (Character.isWhitespace(glob.charAt(i))) {
                throw new IllegalArgumentException("acl path '" + glob + "' must not contain whitespace");
            }
        }
        return new AclGlob(RequestPath.split(glob));
    }

    /** Whether the glob matches a path given as its segments (see {@link RequestPath#segments()}). */
    boolean matches(List<String> path) {
        // reachable[j]: the glob segments seen so far can consume exactly the first j path segments
        boolean[] reachable = new boolean[path.size() + 1];
        reachable[0] = true;
        for (String pattern : segments) {
            if (pattern.equals(ANY_SEGMENTS)) {
                for (int j = 1; j <= path.size(); j++) {
                    reachable[j] |= reachable[j - 1];
                }
            } else {
                for (int j = path.size(); j >= 1; j--) {
                    reachable[j] = reachable[j - 1] && segmentMatches(pattern, path.get(j - 1));
                }
                reachable[0] = false;
            }
        }
        return reachable[path.size()];
    }

    private static boolean segmentMatches(String pattern, String segment) {
        if (pattern.equals(ONE_SEGMENT)) {
            return !segment.isEmpty();
        }
        if (pattern.indexOf('*') < 0) {
            return pattern.equals(segment);
        }
        return wildcardMatches(pattern, segment);
    }

    /** Classic greedy '*' matching with one backtrack point, linear in practice. */
    private static boolean wildcardMatches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
