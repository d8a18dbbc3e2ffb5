package io.github.nexmock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.server.NexmoMockServer;
import java.io.PrintWriter;

/**
 * {@code serve --verbose}'s request log: one line per request with method, path and status, plus the problem detail
 * of a refusal. The query string is left out because legacy clients put {@code api_secret} there.
 */
final class RequestLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestLog() {}

    /** Prints a line to {@code err} after each response the server sends. */
    static void attach(NexmoMockServer server, PrintWriter err) {
        server.wireMock()
                .addMockServiceRequestListener((request, response) -> err.println(line(
                        request.getMethod().getName(),
                        request.getUrl(),
                        response.getStatus(),
                        response.getBodyAsString())));
    }

    static String line(String method, String url, int status, String body) {
        int query = url.indexOf('?');
        String line = method + " " + (query < 0 ? url : url.substring(0, query)) + " -> " + status;
        return status >= 400 ? line + detail(body) : line;
    }

    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode detail = JSON.readTree(body).path("detail");
            return detail.isTextual() ? " " + OneLine.of(detail.asText()) : "";
        } catch (JsonProcessingException notJson) {
            return "";
        }
    }
}
