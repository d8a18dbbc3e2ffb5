package io.github.nexmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * The API answered with an unexpected status, or could not be reached. The message names the request, the status and
 * the problem the server gave; it never contains credentials.
 */
public final class NexmoApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonNode problem;

    NexmoApiException(String message, int status, JsonNode problem, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = problem == null ? MissingNode.getInstance() : problem.deepCopy();
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /**
     * The RFC 7807 body ({@code type}, {@code title}, {@code detail}, {@code instance}, {@code code},
     * {@code invalid_parameters} ...) as the server sent it, or a missing node when the answer had no JSON object.
     */
    public JsonNode problem() {
        return problem.deepCopy();
    }

    /** The problem's {@code detail}, the sentence that says what was wrong, when the server gave one. */
    public Optional<String> detail() {
        return Optional.of(problem.path("detail").asText("")).filter(detail -> !detail.isEmpty());
    }
}
