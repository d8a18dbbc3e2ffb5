package io.github.nexmock.api;

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

/** One raw HTTP request to a server under test, built fluently: {@code HttpCall.to(base, "GET", "/x").bearer(t).send()}. */
final class HttpCall {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpRequest.Builder request;
    private final String method;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private HttpCall(String baseUrl, String method, String path) {
        this.method = method;
        this.request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    static HttpCall to(String baseUrl, String method, String path) {
        return new HttpCall(baseUrl, method, path);
    }

    HttpCall basic(String key, String secret) {
        return header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    HttpCall bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    HttpCall header(String name, String value) {
        request.header(name, value);
        return this;
    }

    HttpCall json(String json) {
        return body("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpCall form(String form) {
        return body("application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    HttpCall body(String contentType, byte[] bytes) {
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        body = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return this;
    }

    Reply send() {
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Allow").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, Allow header, body. */
    record Reply(int status, String contentType, String allow, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
