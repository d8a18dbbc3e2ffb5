package io.github.nexmock.samples.voice;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.application.capabilities.Voice;
import com.vonage.client.voice.Call;
import com.vonage.client.voice.CallEvent;
import com.vonage.client.voice.CallInfo;
import com.vonage.client.voice.CallInfoPage;
import com.vonage.client.voice.CallStatus;
import com.vonage.client.voice.CallsFilter;
import com.vonage.client.voice.PhoneEndpoint;
import com.vonage.client.voice.VoiceClient;
import com.vonage.client.voice.VoiceResponseException;
import com.vonage.client.voice.ncco.ConversationAction;
import com.vonage.client.voice.ncco.Ncco;
import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApp;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoCalls;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.voice.WebhookDefect;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Vonage Java SDK's {@code VoiceClient}, and its signed-webhook check, against the mock. */
@NexmoTest
@NexmoApp(name = "voice-sdk", capabilities = Capability.VOICE)
class VoiceClientTest {

    @RegisterExtension
    static final WireMockExtension EVENTS = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private String placeCall(VoiceClient voice, String to) {
        EVENTS.stubFor(any(urlPathEqualTo("/event")).willReturn(ok()));
        CallEvent created = voice.createCall(Call.builder()
                .to(new PhoneEndpoint(to))
                .from("447700900000")
                .eventUrl(EVENTS.baseUrl() + "/event")
                .ncco(ConversationAction.builder("support").build())
                .build());
        assertThat(created.getStatus()).isEqualTo(CallStatus.STARTED);
        return created.getUuid();
    }

    @Test
    void createsListsGetsControlsTransfersAndHangsUpACall(VonageClient vonage, NexmoCalls calls) {
        VoiceClient voice = vonage.getVoiceClient();
        Instant before = Instant.now().minusSeconds(1);
        String uuid = placeCall(voice, "447700900401");

        CallInfo info = voice.getCallDetails(uuid);
        assertThat(info.getStatus()).isEqualTo(CallStatus.ANSWERED);
        assertThat(((PhoneEndpoint) info.getTo()).getNumber()).isEqualTo("447700900401");

        CallInfoPage answered = voice.listCalls(CallsFilter.builder()
                .status(CallStatus.ANSWERED)
                .conversationUuid(info.getConversationUuid())
                .startDate(before)
                .pageSize(10)
                .build());
        assertThat(answered.getCount()).isEqualTo(1);
        assertThat(answered.getCallInfos().get(0).getUuid()).isEqualTo(uuid);

        assertThat(voice.startTalk(uuid, "Please hold").getMessage()).isEqualTo("Talk started");
        assertThat(voice.stopTalk(uuid).getMessage()).isEqualTo("Talk stopped");
        assertThat(voice.startStream(uuid, "https://example.com/music.mp3").getMessage())
                .isEqualTo("Stream started");
        assertThat(voice.stopStream(uuid).getMessage()).isEqualTo("Stream stopped");
        assertThat(voice.sendDtmf(uuid, "1234#").getMessage()).isEqualTo("DTMF sent");
        voice.muteCall(uuid);
        assertThat(calls.call(uuid).muted()).isTrue();
        voice.unmuteCall(uuid);
        voice.earmuffCall(uuid);
        assertThat(calls.call(uuid).earmuffed()).isTrue();
        voice.unearmuffCall(uuid);
        assertThat(calls.call(uuid).commands())
                .extracting(command -> command.get("command").asText())
                .containsExactly("talk", "stop_talk", "stream", "stop_stream", "dtmf");

        voice.transferCall(
                uuid, new Ncco(ConversationAction.builder("escalations").build()));
        assertThat(calls.call(uuid).ncco().get(0).get("name").asText()).isEqualTo("escalations");

        voice.terminateCall(uuid);
        CallInfo ended = voice.getCallDetails(uuid);
        assertThat(ended.getStatus()).isEqualTo(CallStatus.COMPLETED);
        assertThat(ended.getDuration()).isNotNull();
        assertThat(ended.getEndTime()).isNotNull();
    }

    @Test
    void refusesWhatThePlatformRefusesWithTheVoiceApisErrors(VonageClient vonage) {
        VoiceClient voice = vonage.getVoiceClient();
        assertThatThrownBy(() -> voice.getCallDetails("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(VoiceResponseException.class, e -> assertThat(e.getStatusCode())
                        .isEqualTo(404));
        String uuid = placeCall(voice, "447700900402");
        voice.terminateCall(uuid);
        assertThatThrownBy(() -> voice.startTalk(uuid, "too late"))
                .isInstanceOfSatisfying(VoiceResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getTitle()).isEqualTo("Bad Request");
                });
    }

    @Test
    void theSdksSignatureCheckAcceptsTheMocksWebhooksAndRefusesAForeignSecretAndAlgNone(
            VonageClient vonage, NexmoEnvironment nexmo, NexmoApplication app, NexmoCalls calls) {
        Application current = vonage.getApplicationClient().getApplication(app.id());
        vonage.getApplicationClient()
                .updateApplication(Application.builder(current)
                        .addCapability(Voice.builder().signedCallbacks(true).build())
                        .build());
        String secret = nexmo.signatureSecret().orElseThrow();
        try {
            assertThat(tokensOfACall(vonage, calls, "447700900403"))
                    .isNotEmpty()
                    .allMatch(token -> VoiceClient.verifySignature(token, secret));
            for (WebhookDefect defect : List.of(WebhookDefect.WRONG_SECRET, WebhookDefect.ALG_NONE)) {
                calls.defect(app.id(), defect);
                assertThat(tokensOfACall(vonage, calls, "447700900404"))
                        .as(defect.name())
                        .isNotEmpty()
                        .noneMatch(token -> VoiceClient.verifySignature(token, secret));
            }
            // a stale iat or an altered body still verify: the payload_hash and age checks are the receiver's job
            for (WebhookDefect defect : List.of(WebhookDefect.STALE_IAT, WebhookDefect.TAMPERED_BODY)) {
                calls.defect(app.id(), defect);
                assertThat(tokensOfACall(vonage, calls, "447700900405"))
                        .as(defect.name())
                        .isNotEmpty()
                        .allMatch(token -> VoiceClient.verifySignature(token, secret));
            }
        } finally {
            calls.defect(app.id(), null);
        }
    }

    private List<String> tokensOfACall(VonageClient vonage, NexmoCalls calls, String to) {
        EVENTS.resetRequests();
        placeCall(vonage.getVoiceClient(), to);
        calls.awaitWebhooks();
        return EVENTS.findAll(anyRequestedFor(urlPathEqualTo("/event"))).stream()
                .map(request -> request.getHeader("Authorization").substring("Bearer ".length()))
                .toList();
    }
}
