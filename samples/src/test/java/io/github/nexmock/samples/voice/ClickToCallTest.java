package io.github.nexmock.samples.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.application.capabilities.Voice;
import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApp;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoCalls;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.voice.Callee;
import io.github.nexmock.voice.WebhookDefect;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The click-to-call backend end to end against the mock: the Vonage SDK places the call, the mock runs it and sends
 * its event webhooks signed with the account's signature secret, the backend verifies and records them.
 */
@NexmoTest
@NexmoApp(name = "click-to-call", capabilities = Capability.VOICE)
class ClickToCallTest {

    private static final String AGENT = "447700900100";
    private static final String FROM = "447700900200";

    private ClickToCall backend;

    @BeforeEach
    void startTheBackend(VonageClient vonage, NexmoEnvironment nexmo, NexmoApplication app) {
        // the application signs its voice callbacks (signed_callbacks: true in its voice capability)
        Application current = vonage.getApplicationClient().getApplication(app.id());
        vonage.getApplicationClient()
                .updateApplication(Application.builder(current)
                        .addCapability(Voice.builder().signedCallbacks(true).build())
                        .build());
        SignedWebhooks verifier = new SignedWebhooks(
                nexmo.signatureSecret().orElseThrow(), nexmo.apiKey(), Clock.systemUTC(), Duration.ofMinutes(5));
        backend = new ClickToCall(vonage.getVoiceClient(), verifier, AGENT, FROM);
    }

    @AfterEach
    void stopTheBackend(NexmoCalls calls, NexmoApplication app) {
        calls.defect(app.id(), null);
        backend.close();
    }

    @Test
    void recordsACallTheCustomerAnsweredAndThenHungUp(NexmoCalls calls) {
        // snippet:click-to-call
        String uuid = backend.call("447700900301"); // your code, through the Vonage SDK
        calls.awaitWebhook(
                webhook -> webhook.subject().equals(uuid) && webhook.payload().contains("\"answered\""));

        calls.complete(uuid); // the customer hangs up
        calls.awaitWebhooks(); // every webhook delivered and answered, no sleep

        assertThat(backend.statuses(uuid)).containsExactly("started", "ringing", "answered", "completed");
        assertThat(backend.outcome(uuid)).contains("completed");
        // end-snippet:click-to-call
        assertThat(backend.refused()).isEmpty();
        assertThat(calls.call(uuid)
                        .ncco()
                        .get(1)
                        .path("endpoint")
                        .path(0)
                        .path("number")
                        .asText())
                .isEqualTo(AGENT);
    }

    @Test
    void recordsABusyCustomer(NexmoCalls calls) {
        calls.callee("447700900302", Callee.BUSY);

        String uuid = backend.call("447700900302");
        calls.awaitWebhooks();

        assertThat(backend.outcome(uuid)).contains("busy");
        assertThat(backend.refused()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WebhookDefect.class)
    void refusesEveryDefectiveWebhookAndRecordsNothingFromIt(
            WebhookDefect defect, NexmoCalls calls, NexmoApplication app) {
        calls.defect(app.id(), defect);

        String uuid = backend.call("447700900303");
        calls.awaitWebhooks();

        assertThat(backend.statuses(uuid)).isEmpty();
        assertThat(backend.refused()).isNotEmpty().allMatch(verdict -> verdict == expectedVerdict(defect));
        assertThat(calls.webhooks())
                .filteredOn(webhook -> webhook.subject().equals(uuid))
                .allSatisfy(webhook -> assertThat(webhook.status()).isEqualTo(401));
    }

    private static WebhookVerdict expectedVerdict(WebhookDefect defect) {
        return switch (defect) {
            case TAMPERED_BODY -> WebhookVerdict.TAMPERED;
            case WRONG_SECRET, ALG_NONE -> WebhookVerdict.BAD_SIGNATURE;
            case STALE_IAT -> WebhookVerdict.STALE;
            case MISSING_HEADER -> WebhookVerdict.UNSIGNED;
        };
    }
}
