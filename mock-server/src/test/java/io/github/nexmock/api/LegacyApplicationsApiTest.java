package io.github.nexmock.api;

import static io.github.nexmock.api.ApplicationsApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.server.NexmoMockServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegacyApplicationsApiTest {

    private static NexmoMockServer server;
    private static MockFixture mock;
    private static String credentials;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
        mock = new MockFixture(server);
        credentials = "api_key=" + server.apiKey() + "&api_secret=" + server.apiSecret();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void emptyState() {
        server.state().reset();
    }

    @Test
    void createsAVoiceApplicationFromAFormWithCredentialsInTheBody() {
        HttpCall.Reply created = mock.anonymous("POST", "/v1/applications/")
                .form(
                        credentials
                                + "&name=legacy&type=voice&answer_url=https%3A%2F%2Fexample.com%2Fanswer&event_url=https%3A%2F%2Fexample.com%2Fevent")
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.at("/voice/webhooks"))
                .extracting(hook -> hook.get("endpoint_type").asText() + " "
                        + hook.get("endpoint").asText() + " "
                        + hook.get("http_method").asText())
                .containsExactly(
                        "answer_url https://example.com/answer GET", "event_url https://example.com/event POST");
        assertThat(body.at("/keys/private_key").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(body.at("/_links/self/href").asText())
                .isEqualTo("/v1/applications/" + body.get("id").asText());

        JsonNode v2 = mock.account("GET", "/v2/applications/" + body.get("id").asText())
                .send()
                .json();
        assertThat(v2.at("/capabilities/voice/webhooks/answer_url/address").asText())
                .isEqualTo("https://example.com/answer");
    }

    @Test
    void createsAnRtcApplicationFromTheQueryStringAlone() {
        HttpCall.Reply created = mock.anonymous(
                        "POST",
                        "/v1/applications?" + credentials
                                + "&name=rtc&type=rtc&event_url=https://example.com/rtc&public_key="
                                + URLEncoder.encode(TestKeyPairs.publicPem(TestKeyPairs.FIRST), StandardCharsets.UTF_8))
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/rtc/webhooks/0/endpoint_type").asText()).isEqualTo("event_url");
        assertThat(created.json().at("/keys/private_key").isMissingNode()).isTrue();
    }

    @Test
    void listsReplacesAndDeletes() {
        String id = mock.anonymous("POST", "/v1/applications")
                .form(
                        credentials
                                + "&name=m&type=messages&inbound_url=https://example.com/in&status_url=https://example.com/status")
                .send()
                .json()
                .get("id")
                .asText();

        JsonNode list = mock.anonymous("GET", "/v1/applications?" + credentials + "&page_size=5")
                .send()
                .json();
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(list.get("page_index").asInt()).isZero();
        assertThat(list.at("/_embedded/applications/0/messages/webhooks")).hasSize(2);
        assertThat(list.at("/_embedded/applications/0/keys").isMissingNode()).isTrue();

        HttpCall.Reply replaced = mock.anonymous("PUT", "/v1/applications/" + id)
                .form(
                        credentials
                                + "&name=v&type=voice&answer_url=https://example.com/a&answer_method=POST&event_url=https://example.com/e")
                .send();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("v");
        assertThat(replaced.json().at("/voice/webhooks/0/http_method").asText()).isEqualTo("POST");
        assertThat(replaced.json().has("messages")).isFalse();

        assertThat(mock.anonymous("DELETE", "/v1/applications/" + id + "?" + credentials)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(server.state().applications()).isEmpty();
    }

    @Test
    void namesMissingAndInvalidParameters() {
        HttpCall.Reply refused = mock.anonymous("POST", "/v1/applications")
                .form(credentials + "&type=fax&answer_method=PUT")
                .send();

        assertProblem(refused, 400, "https://developer.nexmo.com/api-errors/application#payload-validation");
        assertThat(refused.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactly("name", "type");
        HttpCall.Reply voice = mock.anonymous("POST", "/v1/applications")
                .form(credentials + "&name=x&type=voice&event_url=")
                .send();
        assertThat(voice.json().get("invalid_parameters"))
                .extracting(parameter -> parameter.get("name").asText())
                .containsExactly("event_url");
        assertThat(server.state().applications()).isEmpty();
    }

    // Source: application.json 1.0.2, createApplication requires api_key, api_secret, name and type only.
    @Test
    void createsAnApplicationWithoutWebhooksAsTheV1DescriptionAllows() {
        HttpCall.Reply created = mock.anonymous("POST", "/v1/applications")
                .form(credentials + "&name=bare&type=messages")
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/messages/webhooks").isEmpty()).isTrue();
    }

    @Test
    void createsAVoiceApplicationWithoutAnAnswerUrlWhichOnlyInboundCallsNeed() {
        HttpCall.Reply created = mock.anonymous("POST", "/v1/applications")
                .form(credentials + "&name=outbound&type=voice&event_url=https://example.com/event")
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/voice/webhooks"))
                .extracting(hook -> hook.get("endpoint_type").asText())
                .containsExactly("event_url");
    }

    // Source: application.json (Application API v1 1.0.2), createApplication: an application/json body holding
    // api_key, api_secret, name and type.
    @Test
    void createsAnApplicationFromAJsonBodyWithCredentialsInIt() {
        HttpCall.Reply created = mock.anonymous("POST", "/v1/applications")
                .json("{\"api_key\":\"" + server.apiKey()
                        + "\",\"api_secret\":\"" + server.apiSecret() + "\",\"name\":\"json\",\"type\":\"voice\","
                        + "\"answer_url\":\"https://example.com/answer\",\"event_url\":\"https://example.com/event\"}")
                .send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/voice/webhooks"))
                .extracting(hook -> hook.get("endpoint_type").asText())
                .containsExactly("answer_url", "event_url");
    }

    @Test
    void refusesABodyThatIsNeitherJsonNorAForm() {
        assertProblem(
                mock.account("POST", "/v1/applications")
                        .body("text/plain", "name=x".getBytes(StandardCharsets.UTF_8))
                        .send(),
                415,
                "https://developer.nexmo.com/api-errors#content-type-header");
    }

    // Source: application.json, schema voice.webhooks[].endpoint_type: answer_url or event_url only, and
    // endpoint_type, endpoint and http_method all required.
    @Test
    void showsAV2ApplicationWithOnlyTheEndpointTypesV1Describes() {
        mock.account("POST", "/v2/applications")
                .json("{\"name\":\"v2\",\"capabilities\":{\"voice\":{\"webhooks\":{"
                        + "\"answer_url\":{\"address\":\"https://example.com/a\"},"
                        + "\"fallback_answer_url\":{\"address\":\"https://example.com/f\",\"http_method\":\"GET\"},"
                        + "\"event_url\":{\"address\":\"https://example.com/e\",\"http_method\":\"GET\"}}}}}")
                .send();

        JsonNode listed = mock.account("GET", "/v1/applications").send().json().at("/_embedded/applications/0");

        assertThat(listed.at("/voice/webhooks"))
                .extracting(hook -> hook.get("endpoint_type").asText() + " "
                        + hook.get("http_method").asText())
                .containsExactly("answer_url GET", "event_url GET");
    }
}
