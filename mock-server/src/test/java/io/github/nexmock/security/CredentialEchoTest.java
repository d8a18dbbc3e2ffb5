package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import org.junit.jupiter.api.Test;

/**
 * A refusal says which credential is wrong without quoting it. That no credential comes back out at all, in any
 * answer, log, admin listing or the state file, for every form in which the mock accepts one, is the one table of
 * {@code standalone}'s {@code CredentialEchoJarIT}, which runs the real jar so its {@code --verbose} log is read too: a
 * new way for a credential to arrive is a row there.
 */
class CredentialEchoTest {

    private static final String API_KEY = "5ec0de71";
    private static final String API_SECRET = "Qz7uTbV9wXy2KpLm";
    /** What a user might paste in the wrong place: their real secret. */
    private static final String SECRET = "Tr4v3l-S3cr3t-x91";

    @Test
    void aRefusalSaysWhichCredentialIsWrongWithoutQuotingIt() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().account(API_KEY, API_SECRET).build())
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
}
