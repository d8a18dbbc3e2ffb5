package io.github.nexmock.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * A small client for the two APIs nexmock serves: Applications v2 with Basic {@code api_key:api_secret} and Users v1
 * with an application JWT (mint one with {@code NexmoJwts.builder()}). It talks to the mock or, with
 * {@code https://api.nexmo.com}, to the real platform. Immutable and thread-safe.
 */
public final class NexmoApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int USER_PAGE_SIZE = 100;

    private final URI baseUrl;
    private final HttpClient http;

    /** A client for the API at {@code baseUrl} (scheme, host, port; no trailing path). */
    public NexmoApiClient(URI baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** A client for the API at an {@code https} {@code baseUrl} whose certificate {@code sslContext} trusts. */
    public NexmoApiClient(URI baseUrl, SSLContext sslContext) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .sslContext(sslContext)
                .build();
    }

    /**
     * {@code POST /v2/applications}: creates an application and returns the response body, which holds
     * {@code keys.private_key} when the request had no public key.
     */
    public JsonNode createApplication(String apiKey, String apiSecret, JsonNode application) {
        return body(send(
                request("/v2/applications")
                        .header("Authorization", basic(apiKey, apiSecret))
                        .POST(json(application)),
                201));
    }

    /**
     * {@code POST /v2/applications} with a name, the public half of a key pair the caller holds, and a
     * {@code capabilities} object ({@code null} for none); returns the response body.
     */
    public JsonNode createApplication(
            String apiKey, String apiSecret, String name, String publicKeyPem, JsonNode capabilities) {
        ObjectNode application = JSON.createObjectNode().put("name", name);
        application.putObject("keys").put("public_key", publicKeyPem);
        if (capabilities != null) {
            application.set("capabilities", capabilities);
        }
        return createApplication(apiKey, apiSecret, application);
    }

    /** {@code GET /v2/applications/{id}}: the application, or empty when the API does not know it (404). */
    public Optional<JsonNode> application(String apiKey, String apiSecret, String applicationId) {
        HttpResponse<String> response = send(
                request("/v2/applications/" + encode(applicationId))
                        .header("Authorization", basic(apiKey, apiSecret))
                        .GET(),
                200,
                404);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(body(response));
    }

    /** {@code DELETE /v2/applications/{id}}: deletes an application, and with it its users. */
    public void deleteApplication(String apiKey, String apiSecret, String applicationId) {
        send(
                request("/v2/applications/" + encode(applicationId))
                        .header("Authorization", basic(apiKey, apiSecret))
                        .DELETE(),
                204);
    }

    /** {@code POST /v1/users} with an application JWT: creates a user and returns the response body. */
    public JsonNode createUser(String applicationJwt, JsonNode user) {
        return body(send(
                request("/v1/users")
                        .header("Authorization", bearer(applicationJwt))
                        .POST(json(user)),
                201));
    }

    /**
     * {@code GET /v1/users} with an application JWT, following the {@code next} links: every user of the application
     * the token speaks for, as the list items the API returns ({@code id}, {@code name}, ...).
     */
    public List<JsonNode> users(String applicationJwt) {
        List<JsonNode> users = new ArrayList<>();
        URI page = baseUrl.resolve("/v1/users?page_size=" + USER_PAGE_SIZE);
        while (page != null) {
            JsonNode body = body(send(
                    request(page)
                            .header("Authorization", bearer(applicationJwt))
                            .GET(),
                    200));
            body.path("_embedded").path("users").forEach(users::add);
            String next = body.path("_links").path("next").path("href").asText("");
            page = next.isEmpty() ? null : baseUrl.resolve(next);
        }
        return users;
    }

    /** {@code DELETE /v1/users/{id}} with an application JWT. */
    public void deleteUser(String applicationJwt, String userId) {
        send(
                request("/v1/users/" + encode(userId))
                        .header("Authorization", bearer(applicationJwt))
                        .DELETE(),
                204);
    }

    private HttpRequest.Builder request(String path) {
        return request(baseUrl.resolve(path));
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }

    private static String basic(String apiKey, String apiSecret) {
        return "Basic "
                + Base64.getEncoder().encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String jwt) {
        return "Bearer " + jwt;
    }

    /** Sends the request and returns the response when its status is one of {@code accepted}, else throws. */
    private HttpResponse<String> send(HttpRequest.Builder builder, int... accepted) {
        HttpRequest request = builder.header("Content-Type", "application/json").build();
        String what = request.method() + " " + request.uri();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NexmoApiException("cannot reach " + baseUrl + " (" + what + "): " + describe(e), 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NexmoApiException(what + " was interrupted", 0, null, e);
        }
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        JsonNode problem = problem(response.body());
        throw new NexmoApiException(
                what + " answered " + response.statusCode() + summary(problem), response.statusCode(), problem, null);
    }

    private static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new NexmoApiException(
                    response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                            + " with a body that is not JSON",
                    response.statusCode(),
                    null,
                    e);
        }
    }

    private static JsonNode problem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null && problem.isObject() ? problem : null;
        } catch (JsonProcessingException notAProblem) {
            return null;
        }
    }

    private static String summary(JsonNode problem) {
        if (problem == null) {
            return "";
        }
        String title = problem.path("title").asText("");
        String detail = problem.path("detail").asText("");
        String text = (title + (title.isEmpty() || detail.isEmpty() ? "" : ": ") + detail).strip();
        return text.isEmpty() ? "" : " " + text.replaceAll("\\s+", " ");
    }

    private static String describe(IOException failure) {
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
