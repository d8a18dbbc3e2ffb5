package io.github.nexmock.samples.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vonage.client.voice.Call;
import com.vonage.client.voice.PhoneEndpoint;
import com.vonage.client.voice.VoiceClient;
import com.vonage.client.voice.ncco.ConnectAction;
import com.vonage.client.voice.ncco.TalkAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The click-to-call backend: {@link #call(String)} rings the customer, says a line and connects them to the agent;
 * the call's event webhooks come to {@link #eventUrl()}, are verified ({@link SignedWebhooks}) and recorded, and
 * {@link #outcome(String)} tells how the call ended. Webhooks that fail verification get a 401 and are only counted.
 */
public final class ClickToCall implements AutoCloseable {

    /** The statuses a call ends in, as Vonage's call-flow guide lists them. */
    private static final Set<String> ENDS =
            Set.of("completed", "busy", "cancelled", "failed", "rejected", "timeout", "unanswered");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VoiceClient voice;
    private final SignedWebhooks verifier;
    private final String agentNumber;
    private final String fromNumber;
    private final HttpServer server;
    private final Map<String, List<String>> statuses = new ConcurrentHashMap<>();
    private final List<WebhookVerdict> refused = new CopyOnWriteArrayList<>();

    /** Starts the webhook endpoint on a free loopback port. */
    public ClickToCall(VoiceClient voice, SignedWebhooks verifier, String agentNumber, String fromNumber) {
        this.voice = voice;
        this.verifier = verifier;
        this.agentNumber = agentNumber;
        this.fromNumber = fromNumber;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/voice/events", this::event);
        server.start();
    }

    /** Where Vonage must send this backend's event webhooks. */
    public URI eventUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/voice/events");
    }

    /** Calls the customer and connects them to the agent; returns the call's uuid. */
    public String call(String customerNumber) {
        return voice.createCall(Call.builder()
                        .to(new PhoneEndpoint(customerNumber))
                        .from(fromNumber)
                        .eventUrl(eventUrl().toString())
                        .ncco(
                                TalkAction.builder("Connecting you to an agent").build(),
                                ConnectAction.builder(com.vonage.client.voice.ncco.PhoneEndpoint.builder(agentNumber)
                                                .build())
                                        .build())
                        .build())
                .getUuid();
    }

    /** The statuses of the call, in the order trusted webhooks reported them. */
    public List<String> statuses(String uuid) {
        return List.copyOf(statuses.getOrDefault(uuid, List.of()));
    }

    /** How the call ended, once a trusted webhook said so. */
    public Optional<String> outcome(String uuid) {
        return statuses(uuid).stream().filter(ENDS::contains).findFirst();
    }

    /** The verdicts on the webhooks refused so far. */
    public List<WebhookVerdict> refused() {
        return List.copyOf(refused);
    }

    private void event(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            WebhookVerdict verdict =
                    verifier.verify(exchange.getRequestHeaders().getFirst("Authorization"), body);
            if (verdict != WebhookVerdict.TRUSTED) {
                refused.add(verdict);
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode event = JSON.readTree(body);
            if (event.hasNonNull("uuid") && event.hasNonNull("status")) {
                statuses.computeIfAbsent(event.get("uuid").asText(), uuid -> new CopyOnWriteArrayList<>())
                        .add(event.get("status").asText());
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
