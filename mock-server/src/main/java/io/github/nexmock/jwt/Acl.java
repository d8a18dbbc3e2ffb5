package io.github.nexmock.jwt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Nexmo access control list: path globs, each with an {@link AclRule}, in the JSON shape
 * <code>{"paths": {"/*&#47;users/**": {}, ...}}</code> that client SDK tokens carry in their {@code acl} claim.
 * A request is allowed when some glob matches its path and that glob's rule allows its method. Immutable.
 *
 * <p>Over 250 lines because the presets, the JSON reading and writing and the matching are all about the one
 * claim shape; globs and rules are {@code AclGlob} and {@link AclRule}.
 */
public final class Acl {

    private static final List<String> CLIENT_SDK_RESOURCES = List.of(
            "users", "conversations", "sessions", "devices", "image", "media", "applications", "push", "knocking");
    private static final Acl ALLOW_ALL = builder().path("/**").build();
    private static final Acl CLIENT_SDK = clientSdkAcl();

    private final Map<String, AclRule> paths;
    private final List<AclGlob> globs;
    private final List<AclRule> rules;

    private Acl(Map<String, AclRule> paths, List<AclGlob> globs) {
        this.paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
        this.globs = List.copyOf(globs);
        this.rules = List.copyOf(paths.values());
    }

    /** The allow-all ACL, {@code /**} with every method. */
    public static Acl allowAll() {
        return ALLOW_ALL;
    }

    /** The nine paths of Nexmo's "create your application, users and tokens" guide, each <code>/*&#47;&lt;name&gt;/**</code>. */
    public static Acl clientSdk() {
        return CLIENT_SDK;
    }

    /**
     * Parses ACL JSON such as <code>{"paths":{"/*&#47;users/**":{}}}</code>.
     *
     * @throws IllegalArgumentException naming what does not fit Nexmo's shape
     */
    public static Acl parse(String json) {
        try {
            return fromClaim(StrictJson.readObject(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("acl is not a JSON object: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the decoded value of an {@code acl} claim: maps, lists and strings as a JSON parser produces them. A string
     * is one path glob allowing every method, as Nexmo reads the {@code acl='/**'} of nexmo-cli's older guide (which
     * nexmo-cli sends as the JSON string {@code "/**"}); the object form is the documented one.
     *
     * @throws IllegalArgumentException naming what does not fit Nexmo's shape
     */
    public static Acl fromClaim(Object claim) {
        if (claim instanceof String glob) {
            return builder().path(glob).build();
        }
        Map<?, ?> acl = object(claim, "acl");
        for (Object member : acl.keySet()) {
            if (!"paths".equals(member)) {
                throw new IllegalArgumentException("acl has the member '" + member + "'; only 'paths' is allowed");
            }
        }
        if (!acl.containsKey("paths")) {
            throw new IllegalArgumentException("acl has no 'paths' object");
        }
        Builder builder = builder();
        object(acl.get("paths"), "acl paths")
                .forEach((glob, rule) -> builder.path(String.valueOf(glob), rule(glob, rule)));
        return builder.build();
    }

    /** Starts an ACL from scratch. */
    public static Builder builder() {
        return new Builder();
    }

    /** Globs and their rules, in the order given. */
    public Map<String, AclRule> paths() {
        return paths;
    }

    /** This ACL as Nexmo JSON, e.g. <code>{"paths":{"/*&#47;users/**":{}}}</code>. */
    public String toJson() {
        return StrictJson.write(toClaim());
    }

    /** This ACL as the value of an {@code acl} claim (maps and lists), for JWT libraries. */
    public Map<String, Object> toClaim() {
        Map<String, Object> claimPaths = new LinkedHashMap<>();
        paths.forEach((glob, rule) -> claimPaths.put(glob, rule.toClaim()));
        return Map.of("paths", Collections.unmodifiableMap(claimPaths));
    }

    /** Decides a request: {@code path} is the raw request path, a query string is ignored. */
    public Decision check(String method, String path) {
        return check(method, RequestPath.of(path));
    }

    Decision check(String method, RequestPath path) {
        if (path.problem().isPresent()) {
            return Decision.UNSAFE_PATH;
        }
        boolean pathMatched = false;
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).matches(path.segments())) {
                if (rules.get(i).allowsMethod(method)) {
                    return Decision.ALLOWED;
                }
                pathMatched = true;
            }
        }
        return pathMatched ? Decision.METHOD_DENIED : Decision.PATH_DENIED;
    }

    /** Methods that the rules of globs matching a safe path allow, for messages. */
    Set<String> methodsAllowedAt(RequestPath path) {
        Set<String> methods = new TreeSet<>();
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).matches(path.segments())) {
                methods.addAll(rules.get(i).methods());
            }
        }
        return methods;
    }

    /** Whether {@link #check} allows the request. */
    public boolean allows(String method, String path) {
        return check(method, path) == Decision.ALLOWED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Acl acl && paths.equals(acl.paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }

    private static Acl clientSdkAcl() {
        Builder builder = builder();
        CLIENT_SDK_RESOURCES.forEach(name -> builder.path("/*/" + name + "/**"));
        return builder.build();
    }

    private static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " must be a JSON object"
                + (what.equals("acl") ? " or one path glob" : "") + ", was " + StrictJson.typeName(value));
    }

    @SuppressWarnings("unchecked")
    private static AclRule rule(Object glob, Object value) {
        Map<?, ?> rule = object(value, "acl rule for '" + glob + "'");
        List<String> methods = List.of();
        Map<String, Object> filters = Map.of();
        for (Map.Entry<?, ?> member : rule.entrySet()) {
            if ("methods".equals(member.getKey())) {
                methods = methods(glob, member.getValue());
            } else if ("filters".equals(member.getKey())) {
                filters = (Map<String, Object>) object(member.getValue(), "filters of acl path '" + glob + "'");
            } else {
                throw new IllegalArgumentException("acl rule for '" + glob + "' has the member '" + member.getKey()
                        + "'; only 'methods' and 'filters' are allowed");
            }
        }
        return new AclRule(methods, filters);
    }

    private static List<String> methods(Object glob, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(
                    "methods of acl path '" + glob + "' must be a JSON array, was " + StrictJson.typeName(value));
        }
        List<String> methods = new ArrayList<>();
        for (Object method : list) {
            if (!(method instanceof String name)) {
                throw new IllegalArgumentException(
                        "methods of acl path '" + glob + "' must hold strings, found " + StrictJson.typeName(method));
            }
            methods.add(name);
        }
        return methods;
    }

    /** Outcome of {@link #check}. */
    public enum Decision {
        /** Some glob matches the path and allows the method. */
        ALLOWED,
        /** The path is spelt in a way servers normalise differently (dot segments, encoded slashes ...); refused unmatched. */
        UNSAFE_PATH,
        /** No glob matches the path. */
        PATH_DENIED,
        /** Globs match the path but none allows the method. */
        METHOD_DENIED
    }

    /** The two ACLs Nexmo's guides use, by name: handy in annotations. */
    public enum Preset {
        /** {@link Acl#allowAll()}. */
        ALL,
        /** {@link Acl#clientSdk()}. */
        CLIENT_SDK;

        /** The ACL this preset names. */
        public Acl acl() {
            return this == ALL ? allowAll() : clientSdk();
        }
    }

    /** Collects globs and rules in order. */
    public static final class Builder {

        private final Map<String, AclRule> paths = new LinkedHashMap<>();
        private final List<AclGlob> globs = new ArrayList<>();

        private Builder() {}

        /** Adds a glob allowing every method. */
        public Builder path(String glob) {
            return path(glob, AclRule.any());
        }

        /**
         * Adds a glob with its rule.
         *
         * @throws IllegalArgumentException when the glob is malformed or already present
         */
        public Builder path(String glob, AclRule rule) {
            AclGlob compiled = AclGlob.compile(glob);
            Objects.requireNonNull(rule, "rule");
            if (paths.putIfAbsent(glob, rule) != null) {
                throw new IllegalArgumentException("acl path '" + glob + "' is given twice");
            }
            globs.add(compiled);
            return this;
        }

        /** The ACL collected so far. */
        public Acl build() {
            return new Acl(paths, globs);
        }
    }
}
