package io.github.nexmock.samples.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.spring.NexmoMockProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The backend as Spring Boot runs it, against the mock: {@code @NexmoMockProperties} starts a mock and creates an
 * application for the context Spring builds, and sets the {@code vonage.*} properties to the mock's URL and credentials
 * and the application's id and key before the context refreshes. The test classes that extend this share that cached
 * context, and its application lives as long as the context does.
 */
// snippet:spring-boot-test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@NexmoMockProperties(
        baseUrl = "vonage.base-url",
        apiKey = "vonage.api-key",
        apiSecret = "vonage.api-secret",
        applicationId = "vonage.application-id",
        privateKey = "vonage.private-key",
        capabilities = Capability.RTC)
abstract class ChatBackendTestBase {

    @LocalServerPort
    int port;

    @Autowired
    NexmoEnvironment nexmo; // the mock's URL and credentials, and the mock server itself

    @Autowired
    NexmoApplication app; // the context's application: id, key pair, tokenBuilder()
    // end-snippet:spring-boot-test

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** A request to the backend's own HTTP API. */
    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request to the mock with a token the backend issued. */
    HttpResponse<String> nexmo(String method, String path, String token) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(nexmo.baseUrl().resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
