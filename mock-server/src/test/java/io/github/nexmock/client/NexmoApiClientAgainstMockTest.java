package io.github.nexmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.NexmoMockServer;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against a running mock, as the extension's REAL target and the CLI use it. */
class NexmoApiClientAgainstMockTest {

    private static NexmoMockServer mock;
    private static NexmoApiClient client;
    private static final KeyPair KEYS = KeyPairPool.shared().take();

    @BeforeAll
    static void start() {
        mock = NexmoMockServer.builder().build().start();
        client = new NexmoApiClient(URI.create(mock.baseUrl()));
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void createsReadsAndDeletesAnApplicationWithItsOwnKeyAndCapabilities() {
        ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
        capabilities.putObject("rtc");

        JsonNode created = client.createApplication(
                mock.apiKey(), mock.apiSecret(), "demo", RsaKeys.toPublicPem(KEYS.getPublic()), capabilities);
        String id = created.path("id").asText();

        assertThat(created.has("keys") && created.path("keys").has("private_key"))
                .isFalse();
        assertThat(mock.state().publicKey(id)).contains((RSAPublicKey) KEYS.getPublic());
        assertThat(client.application(mock.apiKey(), mock.apiSecret(), id))
                .hasValueSatisfying(
                        app -> assertThat(app.path("capabilities").has("rtc")).isTrue());
        client.deleteApplication(mock.apiKey(), mock.apiSecret(), id);
        assertThat(client.application(mock.apiKey(), mock.apiSecret(), id)).isEmpty();
    }

    @Test
    void createsListsPageByPageAndDeletesUsersWithAnApplicationToken() {
        String id = mock.createApplication("users", KEYS.getPublic()).id();
        String token = NexmoJwts.builder()
                .applicationId(id)
                .privateKey(KEYS.getPrivate())
                .sign();
        String alice = client.createUser(
                        token, JsonNodeFactory.instance.objectNode().put("name", "alice"))
                .path("id")
                .asText();
        for (int i = 0; i < 100; i++) {
            mock.createUser(id, "user-" + i);
        }

        assertThat(client.users(token)).hasSize(101).first().satisfies(user -> assertThat(
                        user.path("id").asText())
                .isEqualTo(alice));
        client.deleteUser(token, alice);
        assertThat(mock.state().user(id, alice)).isEmpty();
    }

    @Test
    void carriesTheProblemOfARefusal() {
        assertThatThrownBy(() -> client.createApplication(
                        mock.apiKey(), "not-the-secret", "demo", RsaKeys.toPublicPem(KEYS.getPublic()), null))
                .isInstanceOfSatisfying(NexmoApiException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(401);
                    assertThat(refusal.detail()).isPresent();
                    assertThat(refusal.getMessage()).doesNotContain("not-the-secret");
                });

        String id = mock.createApplication("refusals", KEYS.getPublic()).id();
        String token = NexmoJwts.builder()
                .applicationId(id)
                .privateKey(KEYS.getPrivate())
                .sign();
        assertThatThrownBy(() -> client.deleteUser(token, "USR-00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(NexmoApiException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(404);
                    assertThat(refusal.problem().path("code").asText()).isEqualTo("user:error:not-found");
                });
    }
}
