package io.github.nexmock.conformance;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One real HTTP request to the mock, described once and used twice: sent over loopback, and handed to the OpenAPI
 * validator together with the response exactly as it came back (status, every header, body).
 */
final class Exchange {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final String method;
    final URI uri;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private String body;

    private Exchange(String method, URI uri) {
        this.method = method;
        this.uri = uri;
        header("Accept", "application/json");
    }

    static Exchange of(String baseUrl, String method, String pathAndQuery) {
        return new Exchange(method, URI.create(baseUrl + pathAndQuery));
    }

    Exchange header(String name, String value) {
        headers.put(name, List.of(value));
        return this;
    }

    Exchange basic(String key, String secret) {
        return header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    Exchange bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    Exchange json(JsonNode json) {
        return body("application/json", json.toString());
    }

    Exchange body(String contentType, String text) {
        header("Content-Type", contentType);
        this.body = text;
        return this;
    }

    /** Sends the request and returns what came back, with both sides in the validator's model. */
    Result send() {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(
                    this,
                    response.statusCode(),
                    response.body(),
                    PublishedDescription.request(method, uri, headers, body),
                    new Answer(response.statusCode(), response.headers().map(), response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A sent exchange: the mock's status and body, the request as the validator sees it, and the answer. */
    record Result(Exchange exchange, int status, String body, SimpleRequest request, Answer answer) {

        /** The answer as the validator sees it. */
        SimpleResponse response() {
            return answer.toValidator();
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(exchange + " answered " + status + " with a body that is not JSON: " + body);
            }
        }
    }

    /** A response exactly as it came back: status, every header, body (empty when there is none). */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        Answer {
            headers = Map.copyOf(headers);
        }

        /** The {@code Content-Type} header's value, if there is one. */
        Optional<String> contentType() {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                    .flatMap(header -> header.getValue().stream())
                    .findFirst();
        }

        /** The same answer with another {@code Content-Type}. */
        Answer withContentType(String contentType) {
            Map<String, List<String>> replaced = new LinkedHashMap<>();
            headers.forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    replaced.put(name, values);
                }
            });
            replaced.put("Content-Type", List.of(contentType));
            return new Answer(status, replaced, body);
        }

        /** The answer in the validator's model. */
        SimpleResponse toValidator() {
            SimpleResponse.Builder validated = new SimpleResponse.Builder(status);
            headers.forEach(validated::withHeader);
            if (!body.isEmpty()) {
                validated.withBody(body);
            }
            return validated.build();
        }
    }
}
