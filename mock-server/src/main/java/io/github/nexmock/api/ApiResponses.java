package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/** The successful answers of the API handlers, and the 404/405 every resource shares. */
public final class ApiResponses {

    private ApiResponses() {}

    public static ResponseDefinition json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(ApiJson.bytes(body))
                .build();
    }

    public static ResponseDefinition noContent() {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }

    static ProblemException notFound(ApiRequest request, String code, String detail) {
        return Problem.of(request.family(), 404, code, detail).toException();
    }

    static ProblemException noSuchPath(ApiRequest request) {
        return Problem.of(request.family(), 404, "there is no resource at " + request.path())
                .toException();
    }

    static ResponseDefinition methodNotAllowed(ApiRequest request, List<String> allowed) {
        Problem problem = Problem.of(
                request.family(),
                405,
                request.method() + " is not allowed on " + request.path() + "; allowed: " + String.join(", ", allowed));
        return ResponseDefinitionBuilder.like(problem.toResponse())
                .withHeader("Allow", String.join(", ", allowed))
                .build();
    }
}
