package io.github.nexmock.samples.catalogue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.vonage.client.VonageClient;
import com.vonage.client.messages.MessageResponse;
import com.vonage.client.messages.MessageResponseException;
import com.vonage.client.messages.sms.SmsTextRequest;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * docs/catalogue.md "The user stays in charge": with nexmock-catalog on the test class path, the Messages API answers
 * from its published description; a stub the test adds for the same request wins, behind the same JWT check.
 */
@NexmoTest
class MessagesStubOverridesCatalogueTest {

    static final UUID STUBBED = UUID.fromString("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");

    private WireMockServer wireMock(NexmoEnvironment nexmo) {
        return nexmo.mockServer().orElseThrow().wireMock();
    }

    @AfterEach
    void removeTheStub(NexmoEnvironment nexmo) {
        wireMock(nexmo).resetMappings();
    }

    @Test
    void theCatalogueAnswersAMessageNoStubMatches(VonageClient vonage, NexmoEnvironment nexmo) {
        long mark = nexmo.mockServer().orElseThrow().catalogueAnswers().mark();

        MessageResponse sent = vonage.getMessagesClient().sendMessage(sms());

        assertThat(sent.getMessageUuid()).isNotNull().isNotEqualTo(STUBBED);
        assertThat(nexmo.mockServer().orElseThrow().catalogueAnswers().since(mark))
                .singleElement()
                .satisfies(answer -> assertThat(answer.description()).startsWith("messages-olympus.json"));
    }

    @Test
    void aStubForPostV1MessagesOverridesTheCatalogue(VonageClient vonage, NexmoEnvironment nexmo) {
        wireMock(nexmo)
                .stubFor(post(urlPathEqualTo("/v1/messages"))
                        .withRequestBody(equalToJson("{\"to\":\"447700900000\"}", true, true))
                        .willReturn(aResponse()
                                .withStatus(202)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"message_uuid\":\"" + STUBBED + "\"}")));
        long mark = nexmo.mockServer().orElseThrow().catalogueAnswers().mark();

        MessageResponse sent = vonage.getMessagesClient().sendMessage(sms());

        assertThat(sent.getMessageUuid()).isEqualTo(STUBBED);
        assertThat(nexmo.mockServer().orElseThrow().catalogueAnswers().since(mark))
                .isEmpty();
    }

    @Test
    void aStubDoesNotLetAWrongTokenThrough(NexmoEnvironment nexmo) {
        wireMock(nexmo)
                .stubFor(post(urlPathEqualTo("/v1/messages"))
                        .willReturn(aResponse().withStatus(202)));
        VonageClient stranger = VonageClient.builder()
                .applicationId(UUID.randomUUID().toString())
                .privateKeyContents(io.github.nexmock.jwt.RsaKeys.toPkcs8Pem(
                        io.github.nexmock.jwt.RsaKeys.generate().getPrivate()))
                .httpConfig(com.vonage.client.HttpConfig.builder()
                        .baseUri(nexmo.baseUrl().toString())
                        .build())
                .build();

        assertThatThrownBy(() -> stranger.getMessagesClient().sendMessage(sms()))
                .isInstanceOf(MessageResponseException.class)
                .satisfies(e -> assertThat(((MessageResponseException) e).getStatusCode())
                        .isEqualTo(401));
    }

    private static SmsTextRequest sms() {
        return SmsTextRequest.builder()
                .from("447700900001")
                .to("447700900000")
                .text("Your code is 1234")
                .build();
    }
}
