package io.github.nexmock.jwt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ACL path allows: the HTTP methods ({@code methods}; empty means all) and Nexmo's {@code filters}.
 * {@code filters} (for example {@code {"from": "447977271009"}}) restricts which resources a path grants on the real
 * platform; the mock keeps and round-trips it exactly but does not enforce it.
 *
 * @param methods subset of GET, POST, PUT, DELETE, PATCH; empty means every method
 * @param filters Nexmo resource filters, kept as given and not enforced
 */
public record AclRule(List<String> methods, Map<String, Object> filters) {

    /** The methods Nexmo accepts in an ACL rule. */
    public static final Set<String> KNOWN_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /**
     * Validates the methods and makes unmodifiable copies; null means empty.
     *
     * @throws IllegalArgumentException when a method is not one of {@link #KNOWN_METHODS}
     */
    public AclRule {
        List<String> checked = new ArrayList<>();
        for (String method : methods == null ? List.<String>of() : methods) {
            if (!KNOWN_METHODS.contains(method)) {
                throw new IllegalArgumentException(
                        "acl method '" + method + "' is not one of GET, POST, PUT, DELETE, PATCH (upper case)");
            }
            checked.add(method);
        }
        methods = Collections.unmodifiableList(checked);
        filters = StrictJson.freeze(filters);
    }

    /** A rule allowing every method: what {@code {}} means in Nexmo's ACL JSON. */
    public static AclRule any() {
        return new AclRule(List.of(), Map.of());
    }

    /** A rule allowing only the given methods. */
    public static AclRule methods(String... methods) {
        return new AclRule(List.of(methods), Map.of());
    }

    /** Whether this rule lets the given HTTP method through. */
    public boolean allowsMethod(String method) {
        return methods.isEmpty() || methods.contains(method);
    }

    /** The rule in Nexmo's JSON shape: empty members left out, so {@link #any()} is {@code {}}. */
    Map<String, Object> toClaim() {
        Map<String, Object> claim = new LinkedHashMap<>();
        if (!methods.isEmpty()) {
            claim.put("methods", methods);
        }
        if (!filters.isEmpty()) {
            claim.put("filters", filters);
        }
        return claim;
    }
}
