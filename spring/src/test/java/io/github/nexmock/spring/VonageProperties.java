package io.github.nexmock.spring;

import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.env.Environment;

/**
 * The {@code vonage.*} properties the tests bind, read back from a context's environment, and calls to the mock made
 * with nothing but them, as the code under test would make them.
 */
record VonageProperties(String baseUrl, String apiKey, String apiSecret, String applicationId, String privateKey) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static VonageProperties of(Environment environment) {
        return new VonageProperties(
                environment.getRequiredProperty("vonage.base-url"),
                environment.getRequiredProperty("vonage.api-key"),
                environment.getRequiredProperty("vonage.api-secret"),
                environment.getRequiredProperty("vonage.application-id"),
                environment.getRequiredProperty("vonage.private-key"));
    }

    /** {@code GET /v2/applications/{applicationId}} with the API key and secret (Basic). */
    HttpResponse<String> readApplication() {
        String basic = Base64.getEncoder().encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
        return get("/v2/applications/" + applicationId, "Basic " + basic);
    }

    /** {@code GET /v1/users} with a token of the application signed by the private key. */
    HttpResponse<String> listUsers() {
        String token = NexmoJwts.builder()
                .applicationId(applicationId)
                .privateKey(RsaKeys.readPrivateKey(privateKey))
                .sign();
        return get("/v1/users", "Bearer " + token);
    }

    private HttpResponse<String> get(String path, String authorization) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Authorization", authorization)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
