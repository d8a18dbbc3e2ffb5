package io.github.nexmock.samples.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vonage.client.application.ApplicationResponseException;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.samples.Http;
import io.github.nexmock.samples.tokens.ApplicationKey;
import io.github.nexmock.samples.tokens.ClientTokens;
import io.github.nexmock.samples.tokens.IssuedToken;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Provisioning with the Vonage Java SDK, pointed at whatever {@link NexmoEnvironment} says: the mock by default,
 * the real platform with {@code -Dnexmock.target=real} and credentials.
 */
@NexmoTest
class ChatProvisioningTest {

    static final URI RTC_EVENTS = URI.create("https://chat.example.com/webhooks/rtc");

    private final NexmoEnvironment nexmo;
    private final ChatProvisioning provisioning;
    private final List<String> created = new ArrayList<>();

    ChatProvisioningTest(NexmoEnvironment nexmo) {
        this.nexmo = nexmo;
        this.provisioning = new ChatProvisioning(nexmo.baseUrl(), nexmo.apiKey(), nexmo.apiSecret());
    }

    @AfterEach
    void deleteWhatTheTestCreated() {
        created.forEach(provisioning::deleteApplication);
    }

    @Test
    void createsAnRtcApplicationAndReturnsTheKeyNexmoGenerated() {
        ProvisionedApplication chat = create("chat");

        assertThat(chat.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
        Http.Reply stored = Http.get(
                nexmo.baseUrl().resolve("/v2/applications/" + chat.id()),
                Http.basic(nexmo.apiKey(), nexmo.apiSecret()));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.text("name")).isEqualTo("chat");
        assertThat(stored.json()
                        .at("/capabilities/rtc/webhooks/event_url/address")
                        .asText())
                .isEqualTo(RTC_EVENTS.toString());
        assertThat(stored.json().at("/keys/private_key").isMissingNode()).isTrue();
    }

    @Test
    void ensureUsersCreatesOnlyTheUsersThatAreMissing() {
        ProvisionedApplication chat = create("chat");

        Map<String, String> first = provisioning.ensureUsers(chat, List.of("alice", "bob"));
        Map<String, String> second = provisioning.ensureUsers(chat, List.of("bob", "carol"));

        assertThat(first.values()).allMatch(id -> id.startsWith("USR-"));
        assertThat(second.get("bob")).isEqualTo(first.get("bob"));
        assertThat(second.get("carol")).isNotIn(first.values());
    }

    @Test
    void theProvisionedKeySignsClientTokensTheUsersApiAccepts() {
        ProvisionedApplication chat = create("chat");
        String aliceId = provisioning.ensureUsers(chat, List.of("alice")).get("alice");
        ClientTokens tokens = new ClientTokens(
                ApplicationKey.fromPem(chat.id(), chat.privateKeyPem()), Duration.ofMinutes(5), Clock.systemUTC());
        IssuedToken token = tokens.mint("alice");

        Http.Reply alice = Http.get(nexmo.baseUrl().resolve("/v1/users/" + aliceId), Http.bearer(token.token()));

        assertThat(alice.status()).isEqualTo(200);
        assertThat(alice.text("name")).isEqualTo("alice");
    }

    @Test
    void aWrongApiSecretSurfacesAsTheSdksUnauthorizedException() {
        ChatProvisioning wrongSecret = new ChatProvisioning(nexmo.baseUrl(), nexmo.apiKey(), "not-the-secret");

        assertThatThrownBy(() -> wrongSecret.createApplication("chat", RTC_EVENTS))
                .isInstanceOfSatisfying(ApplicationResponseException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(401));
    }

    private ProvisionedApplication create(String name) {
        ProvisionedApplication application = provisioning.createApplication(name, RTC_EVENTS);
        created.add(application.id());
        return application;
    }
}
