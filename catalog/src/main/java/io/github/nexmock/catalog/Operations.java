package io.github.nexmock.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every catalogued operation, routed by method and path template. Operations nexmock serves with state are left out:
 * paths under {@code /v1/users}, {@code /v0.3/users} and {@code /v0.1/users} (the route table answers every path
 * below those roots); the Application and Voice descriptions are not packaged at all. Where two templates match a
 * path, the more specific wins ({@link PathTemplate#compareSpecificity}); no two packaged operations have the same
 * method and template shape (a test keeps that true), so the order of the descriptions never decides.
 */
final class Operations {

    /** Roots of the APIs the engine serves with state; operations below them are not catalogued. */
    static final List<String> STATEFUL_ROOTS =
            List.of("/v1/applications", "/v2/applications", "/v1/users", "/v0.3/users", "/v0.1/users", "/v1/calls");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "options", "head");

    private final List<Operation> operations;

    private Operations(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** The operations of the descriptions, in their order, most specific template first. */
    static Operations of(List<Description> descriptions, SchemaValues values) {
        List<Operation> all = new ArrayList<>();
        for (Description description : descriptions) {
            for (Map.Entry<String, JsonNode> path :
                    description.document().path("paths").properties()) {
                if (STATEFUL_ROOTS.stream()
                        .anyMatch(root ->
                                path.getKey().equals(root) || path.getKey().startsWith(root + "/"))) {
                    continue;
                }
                PathTemplate template = PathTemplate.of(path.getKey());
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    if (METHODS.contains(method.getKey())) {
                        all.add(new Operation(
                                description,
                                method.getKey().toUpperCase(Locale.ROOT),
                                template,
                                method.getValue(),
                                values));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Operation::path, PathTemplate::compareSpecificity));
        return new Operations(all);
    }

    /** The operation of a request, if any. */
    Optional<Operation> find(String method, String path) {
        List<String> segments = PathTemplate.split(path);
        for (Operation operation : operations) {
            if (operation.method().equals(method) && operation.path().matches(segments)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /** Every operation. */
    List<Operation> all() {
        return operations;
    }
}
