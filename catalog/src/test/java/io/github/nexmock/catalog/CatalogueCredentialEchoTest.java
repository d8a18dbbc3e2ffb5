package io.github.nexmock.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The no-echo rule for the catalogue's ways of taking credentials: api_key/api_secret in an SMS or Verify form body,
 * in a Number Insight or Verify query string, in a JSON body, as Basic on Account and Subaccounts, a Bearer value on
 * Messages, and a signed SMS ({@code sig}). No value comes back in an answer (in the API's own error style or not),
 * the rejection log, the catalogue log or WireMock's journal.
 */
class CatalogueCredentialEchoTest {

    private static final String API_KEY = "5ec0de71";
    private static final String API_SECRET = "Qz7uTbV9wXy2KpLm";
    /** What a user might paste in the wrong place: their real secret. */
    private static final String SECRET = "Tr4v3l-S3cr3t-x91";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void noCredentialValueComesBackFromTheCatalogue() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().account(API_KEY, API_SECRET).build())
                .build()
                .start()) {
            String form = "application/x-www-form-urlencoded";
            String json = "application/json";
            List<String[]> requests = List.of(
                    new String[] {
                        "POST",
                        "/sms/json",
                        form,
                        null,
                        "api_key=" + API_KEY + "&api_secret=" + SECRET + "&from=Acme&to=447700900000&text=hi"
                    },
                    new String[] {
                        "POST",
                        "/sms/json",
                        form,
                        null,
                        "api_key=" + SECRET + "&api_secret=" + SECRET + "&from=Acme&to=447700900000&text=hi"
                    },
                    new String[] {
                        "POST",
                        "/sms/json",
                        form,
                        null,
                        "api_key=" + API_KEY + "&sig=" + SECRET + "&from=Acme&to=447700900000&text=hi"
                    },
                    new String[] {
                        "POST",
                        "/sms/json",
                        form,
                        null,
                        "api_key=" + API_KEY + "&api_secret=" + API_SECRET
                                + "&from=Acme&to=447700900000&text=hi&api_key=" + SECRET
                    },
                    new String[] {
                        "POST",
                        "/verify/json",
                        form,
                        null,
                        "api_key=" + API_KEY + "&api_secret=" + SECRET + "&number=447700900000&brand=Acme"
                    },
                    new String[] {
                        "GET",
                        "/verify/search/json?api_key=" + API_KEY + "&api_secret=" + SECRET
                                + "&request_id=abcdef0123456789abcdef0123456789",
                        null,
                        null,
                        null
                    },
                    new String[] {
                        "GET",
                        "/ni/basic/json?number=447700900000&api_key=" + SECRET + "&api_secret=" + SECRET,
                        null,
                        null,
                        null
                    },
                    new String[] {
                        "GET",
                        "/ni/basic/json?number=447700900000&api_key=" + API_KEY + "&api_secret=" + API_SECRET,
                        null,
                        null,
                        null
                    },
                    new String[] {"GET", "/account/get-balance", null, basic(API_KEY, SECRET), null},
                    new String[] {"GET", "/account/get-balance", null, basic(SECRET, API_SECRET), null},
                    new String[] {"GET", "/accounts/" + API_KEY + "/subaccounts", null, SECRET, null},
                    new String[] {"POST", "/v1/messages", json, "Bearer " + SECRET, "{\"to\":\"447700900000\"}"},
                    new String[] {"POST", "/v1/messages", json, "Basic " + SECRET, "{\"to\":\"447700900000\"}"},
                    new String[] {
                        "POST",
                        "/v1/redact/transaction",
                        json,
                        null,
                        "{\"api_key\":\"" + API_KEY + "\",\"api_secret\":\"" + SECRET + "\",\"id\":\"x\"}"
                    });
            List<String> seen = new ArrayList<>();
            for (String[] request : requests) {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUrl() + request[1]))
                        .method(
                                request[0],
                                request[4] == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(request[4]));
                if (request[2] != null) {
                    builder.header("Content-Type", request[2]);
                }
                if (request[3] != null) {
                    builder.header("Authorization", request[3]);
                }
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                seen.add(response.headers().map() + "\n" + response.body());
            }
            seen.add(get(server, "/__admin/nexmock/rejections"));
            seen.add(get(server, "/__admin/requests"));
            server.rejections().all().forEach(rejection -> seen.add(rejection.toString()));
            server.catalogueAnswers().all().forEach(answer -> seen.add(answer.toString()));

            assertThat(server.rejections().all()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(server.catalogueAnswers().all()).isNotEmpty();
            List<String> forbidden =
                    List.of(SECRET, API_SECRET, base64(API_KEY + ":" + SECRET), base64(SECRET + ":" + API_SECRET));
            for (String text : seen) {
                assertThat(text).doesNotContain(forbidden);
            }
        }
    }

    private String get(NexmoMockServer server, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String basic(String key, String secret) {
        return "Basic " + base64(key + ":" + secret);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
