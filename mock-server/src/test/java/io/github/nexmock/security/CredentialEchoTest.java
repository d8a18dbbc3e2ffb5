package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No value taken from {@code Authorization}, {@code api_key} or {@code api_secret} (header, query string or form body)
 * comes back in an answer, a rejection or the request journal: a secret typed in the wrong place ({@code curl -u
 * 'SECRET:key'}) must not be handed to whoever reads the mock's output. Refusals say what was wrong without quoting it.
 * (The {@code --verbose} request log prints only method, path, status and these refusal details; the jar test
 * {@code SecurityDefaultsJarIT} reads it.)
 */
class CredentialEchoTest {

    private static final String API_KEY = "5ec0de71";
    private static final String API_SECRET = "Qz7uTbV9wXy2KpLm";
    /** What a user might paste in the wrong place: their real secret. */
    private static final String SECRET = "Tr4v3l-S3cr3t-x91";
    /** The account's signature secret, which signs webhooks: it arrives by the builder or serve's option only. */
    private static final String SIGNATURE_SECRET = "S1gn4tur3-S3cr3t-0f-th3-4cc0unt";

    @Test
    void noCredentialValueComesBackInAnswersRejectionsOrTheJournal() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .apiKey(API_KEY)
                .apiSecret(API_SECRET)
                .signatureSecret(SIGNATURE_SECRET)
                .build()
                .start()) {
            String form = "application/x-www-form-urlencoded";
            List<RawHttp> requests = List.of(
                    RawHttp.request("GET", "/v2/applications").basic(SECRET, "key"),
                    RawHttp.request("GET", "/v2/applications").basic(API_KEY, SECRET),
                    RawHttp.request("GET", "/v1/users").basic(SECRET, SECRET),
                    RawHttp.request("GET", "/v2/applications?api_key=" + SECRET + "&api_secret=x"),
                    RawHttp.request("GET", "/v1/applications?api_key=" + API_KEY + "&api_secret=" + SECRET),
                    RawHttp.request("GET", "/v2/applications?api_secret=" + SECRET),
                    RawHttp.request("POST", "/v1/applications")
                            .header("Content-Type", form)
                            .body(("api_key=" + SECRET + "&api_secret=" + SECRET + "&name=x&type=voice")
                                    .getBytes(StandardCharsets.UTF_8)),
                    RawHttp.request("GET", "/v2/applications").header("Authorization", SECRET),
                    RawHttp.request("GET", "/v2/applications").header("Authorization", SECRET + " " + SECRET),
                    RawHttp.request("GET", "/v1/users").bearer(SECRET),
                    RawHttp.request("GET", "/v1/users").bearer(SECRET + "." + SECRET + "." + SECRET),
                    RawHttp.request("GET", "/v1/calls?api_key=" + SECRET).basic(API_KEY, API_SECRET),
                    RawHttp.request("GET", "/v1/calls").bearer(SIGNATURE_SECRET),
                    RawHttp.request("POST", "/v1/calls")
                            .basic(API_KEY, API_SECRET)
                            .header("Content-Type", form)
                            .body(("api_key=" + SECRET + "&api_secret=" + SECRET).getBytes(StandardCharsets.UTF_8)));
            List<String> seen = new ArrayList<>();
            for (RawHttp request : requests) {
                RawHttp.Response response = request.send(server.port());
                assertThat(response.status()).as(response.toString()).isBetween(400, 499);
                seen.add(response.headerBlock() + "\n" + response.body());
            }
            seen.add(RawHttp.request("GET", "/__admin/nexmock/rejections")
                    .send(server.port())
                    .body());
            seen.add(RawHttp.request("GET", "/__admin/requests")
                    .send(server.port())
                    .body());
            seen.add(RawHttp.request("GET", "/__admin/requests/unmatched")
                    .send(server.port())
                    .body());
            seen.add(RawHttp.request("GET", "/__admin/nexmock/webhooks")
                    .send(server.port())
                    .body());
            seen.add(server.extensions().options().toString());
            server.rejections().all().forEach(rejection -> seen.add(rejection.toString()));

            List<String> forbidden = List.of(
                    SECRET,
                    SIGNATURE_SECRET,
                    API_SECRET,
                    base64(SECRET + ":key"),
                    base64(API_KEY + ":" + SECRET),
                    base64(SECRET + ":" + SECRET),
                    base64(API_KEY + ":" + API_SECRET));
            for (String text : seen) {
                assertThat(text).doesNotContain(forbidden);
            }
            assertThat(server.rejections().all()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(String.join("\n", seen))
                    .contains("Basic <redacted>", "Bearer <redacted>", "api_key=<redacted>", "api_secret=<redacted>");
        }
    }

    @Test
    void aRefusalSaysWhichCredentialIsWrongWithoutQuotingIt() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .apiKey(API_KEY)
                .apiSecret(API_SECRET)
                .build()
                .start()) {
            RawHttp.Response secretAsKey = RawHttp.request("GET", "/v2/applications")
                    .basic(SECRET, "key")
                    .send(server.port());
            RawHttp.Response wrongSecret = RawHttp.request("GET", "/v2/applications")
                    .basic(API_KEY, SECRET)
                    .send(server.port());
            RawHttp.Response noScheme = RawHttp.request("GET", "/v2/applications")
                    .header("Authorization", SECRET)
                    .send(server.port());

            assertThat(secretAsKey.json().get("detail").asText())
                    .isEqualTo(
                            "Basic credentials are not those of " + "this account: the api_key is not this account's");
            assertThat(wrongSecret.json().get("detail").asText())
                    .isEqualTo("Basic credentials are not those of "
                            + "this account: the api_secret does not match the api_key");
            assertThat(noScheme.json().get("reason").asText()).isEqualTo("UNSUPPORTED_SCHEME");
            assertThat(noScheme.json().get("detail").asText())
                    .isEqualTo("the Authorization header's scheme is "
                            + "neither Basic nor Bearer; use Basic api_key:api_secret or Bearer <JWT>");
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
