package io.github.nexmock.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A second class on the same configuration, so it runs in the context Spring cached for {@link ChatBackendTest} (or
 * builds it, if it runs first): the application bound there still exists, and the tokens the backend signs are that
 * application's.
 */
class IssuedTokenTest extends ChatBackendTestBase {

    @Test
    void aTokenIsSignedForTheBoundApplicationForFifteenMinutesAndTheMockAcceptsIt() throws Exception {
        assertThat(post("/users", "{\"name\":\"carol\"}").statusCode()).isEqualTo(201);

        String token = json.readTree(post("/users/carol/token", "").body())
                .path("token")
                .asText();

        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("application_id").asText()).isEqualTo(app.id());
        assertThat(claims.path("sub").asText()).isEqualTo("carol");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(15 * 60);
        assertThat(nexmo("GET", "/v1/users?name=carol", token).statusCode()).isEqualTo(200);
    }
}
