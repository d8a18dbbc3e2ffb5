package io.github.nexmock.coldstart;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a team would write without nexmock: one stub of the user lookup and one HTTP call to it. */
@WireMockTest
class WireMockStubTest {

    @Test
    void readsStubbedUser(WireMockRuntimeInfo wireMock) throws Exception {
        stubFor(get("/v1/users/USR-1").willReturn(okJson("{\"id\":\"USR-1\",\"name\":\"alice\"}")));

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(wireMock.getHttpBaseUrl() + "/v1/users/USR-1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
    }
}
