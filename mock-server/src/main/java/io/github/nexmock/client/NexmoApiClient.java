package io.github.nexmock.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A small client for the two APIs nexmock serves: Applications v2 with Basic {@code api_key:api_secret} and Users v1
 * with an application JWT. It talks to the mock or, with {@code https://api.nexmo.com}, to the real platform.
 * Immutable and thread-safe.
 */
public final class NexmoApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final HttpClient http;

    /** A client for the API at {@code baseUrl} (scheme, host, port; no trailing path). */
    public NexmoApiClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * {@code POST /v2/applications}: creates an application and returns the response body, which holds
     * {@code keys.private_key} when the request had no public key.
     */
    public JsonNode createApplication(String apiKey, String apiSecret, JsonNode application) {
        return send(request("/v2/applications").header("Authorization", basic(apiKey, apiSecret))
                .POST(json(application)), 201).orElseThrow();
    }

    /** {@code GET /v2/applications/{id}}: the application, or empty when the API does not know it (404). */
    public Optional<JsonNode> application(String apiKey, String apiSecret, String applicationId) {
        return send(request("/v2/applications/" + URLEncoder.encode(applicationId, StandardCharsets.UTF_8))
                .header("Authorization", basic(apiKey, apiSecret)).GET(), 200);
    }

    /** {@code POST /v1/users} with an application JWT: creates a user and returns the response body. */
    public JsonNode createUser(String applicationJwt, JsonNode user) {
        return send(request("/v1/users").header("Authorization", "Bearer " + applicationJwt).POST(json(user)), 201)
                .orElseThrow();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private static String basic(String apiKey, String apiSecret) {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request; the body when the status is {@code expected}, empty on 404 for reads, else an exception. */
    private Optional<JsonNode> send(HttpRequest.Builder builder, int expected) {
        HttpRequest request = builder.header("Content-Type", "application/json").build();
        String what = request.method() + " " + request.uri();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NexmoApiException("cannot reach " + baseUrl + " (" + what + "): " + describe(e), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NexmoApiException(what + " was interrupted", 0, e);
        }
        if (response.statusCode() == expected) {
            return Optional.of(parse(what, response));
        }
        if (response.statusCode() == 404 && "GET".equals(request.method())) {
            return Optional.empty();
        }
        throw new NexmoApiException(what + " answered " + response.statusCode() + problem(response.body()),
                response.statusCode(), null);
    }

    private static JsonNode parse(String what, HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new NexmoApiException(what + " answered " + response.statusCode() + " with a body that is not JSON",
                    response.statusCode(), e);
        }
    }

    private static String problem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String title = problem.path("title").asText("");
            String detail = problem.path("detail").asText("");
            String text = (title + (title.isEmpty() || detail.isEmpty() ? "" : ": ") + detail).strip();
            return text.isEmpty() ? "" : " " + text.replaceAll("\\s+", " ");
        } catch (JsonProcessingException notAProblem) {
            return "";
        }
    }

    private static String describe(IOException failure) {
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
