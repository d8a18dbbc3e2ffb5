package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.jwt.WebhookTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends webhooks by real HTTP ({@code java.net.http}) and logs every attempt. Webhooks of one subject go one after
 * the other, in the order asked. A webhook is tried once more when the connection or the answer times out, the
 * connection breaks, or the application answers 429, 503 or 504, and never otherwise (Vonage API support article
 * 115016024247, "What happens if the NCCO download request fails?"). A signed webhook carries
 * {@code Authorization: Bearer <HS256 JWT>} with {@code iat}, {@code jti}, {@code iss}, {@code payload_hash} (SHA-256
 * hex of the JSON payload), {@code api_key} and {@code application_id}, unless a {@link WebhookDefect} is set for its
 * application. Thread-safe.
 */
public final class WebhookSender {

    /** How long before the time of sending a {@link WebhookDefect#STALE_IAT} token claims to have been issued. */
    public static final Duration STALE_BY = Duration.ofHours(1);

    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 503, 504);
    private static final int RESPONSE_LIMIT = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final DeliveryLog log;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<?>> tails = new HashMap<>();
    private final Map<String, WebhookDefect> defects = new ConcurrentHashMap<>();
    private int inFlight;

    /** A sender logging into {@code log} at {@code clock}'s time. */
    public WebhookSender(Clock clock, DeliveryLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** The log of every attempt. */
    public DeliveryLog log() {
        return log;
    }

    /** Signs every later webhook of the application with {@code defect}; {@code null} goes back to correct ones. */
    public void defect(String applicationId, WebhookDefect defect) {
        if (defect == null) {
            defects.remove(applicationId);
        } else {
            defects.put(applicationId, defect);
        }
    }

    /** Sends {@code webhook} after the earlier ones of its subject; completes with its last attempt. */
    public CompletableFuture<Delivery> send(Webhook webhook) {
        return send(webhook, delivery -> {});
    }

    /**
     * Sends {@code webhook} after the earlier ones of its subject and hands its last attempt to {@code then} before
     * the sender counts it done, so {@link #awaitIdle} also waits for what {@code then} sends in turn.
     */
    public CompletableFuture<Delivery> send(Webhook webhook, Consumer<Delivery> then) {
        CompletableFuture<Delivery> next;
        synchronized (this) {
            inFlight++;
            CompletableFuture<?> previous =
                    tails.getOrDefault(webhook.subject(), CompletableFuture.completedFuture(null));
            next = previous.handleAsync((ignored, failure) -> null)
                    .thenCompose(ignored -> attempt(webhook, 1))
                    .thenApply(delivery -> {
                        then.accept(delivery);
                        return delivery;
                    });
            tails.put(webhook.subject(), next);
        }
        CompletableFuture<Delivery> sent = next;
        return sent.whenComplete((delivery, failure) -> {
            synchronized (this) {
                tails.remove(webhook.subject(), sent);
                inFlight--;
                notifyAll();
            }
        });
    }

    /** Waits, at most {@code timeout} of real time, until no webhook is being sent; whether that happened. */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private CompletableFuture<Delivery> attempt(Webhook webhook, int attempt) {
        WebhookSigning signing = webhook.signing();
        WebhookDefect defect = signing == null ? null : defects.get(signing.applicationId());
        WebhookTarget target = webhook.target();
        ObjectNode payload = webhook.payload();
        String payloadJson = payloadJson(target, payload);
        String sentJson = defect == WebhookDefect.TAMPERED_BODY ? tampered(payload, target) : payloadJson;
        Instant sentAt = clock.instant();
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(target, sentJson)).timeout(target.socketTimeout());
        if (target.method().equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(sentJson, StandardCharsets.UTF_8));
        } else {
            request.GET();
        }
        if (signing != null && defect != WebhookDefect.MISSING_HEADER) {
            request.header("Authorization", "Bearer " + token(signing, payloadJson, sentAt, defect));
        }
        return client(target.connectionTimeout())
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    Delivery delivery = new Delivery(
                            sentAt,
                            webhook.kind(),
                            webhook.subject(),
                            webhook.applicationId(),
                            target.method(),
                            target.url(),
                            attempt,
                            response == null ? 0 : response.statusCode(),
                            cause == null ? null : describe(cause),
                            signing != null && defect != WebhookDefect.MISSING_HEADER,
                            defect,
                            sentJson,
                            response == null ? null : body(response.body()));
                    log.add(delivery);
                    return delivery;
                })
                .thenCompose(delivery -> attempt == 1 && retried(delivery)
                        ? attempt(webhook, 2)
                        : CompletableFuture.completedFuture(delivery));
    }

    /** Retried once: timeouts and broken connections (status 0 with an error), and 429, 503, 504. */
    private static boolean retried(Delivery delivery) {
        return (delivery.status() == 0 && delivery.error() != null) || RETRIED_STATUSES.contains(delivery.status());
    }

    private String token(WebhookSigning signing, String payloadJson, Instant sentAt, WebhookDefect defect) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Instant issuedAt = defect == WebhookDefect.STALE_IAT ? sentAt.minus(STALE_BY) : sentAt;
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iss", "Vonage");
        claims.put("payload_hash", sha256Hex(payloadJson));
        claims.put("api_key", signing.apiKey());
        claims.put("application_id", signing.applicationId());
        if (defect == WebhookDefect.ALG_NONE) {
            return WebhookTokens.unsigned(claims);
        }
        String secret = defect == WebhookDefect.WRONG_SECRET ? "not-" + signing.secret() : signing.secret();
        return WebhookTokens.hs256(claims, secret);
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, in lower-case hex, as {@code payload_hash} carries it. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * What {@code payload_hash} is computed over: the body for POST; for GET the query parameters as a JSON object
     * of strings in their order (Vonage API support article 19033783342876).
     */
    private static String payloadJson(WebhookTarget target, ObjectNode payload) {
        if (target.method().equals("POST")) {
            return payload.toString();
        }
        ObjectNode query = JSON.createObjectNode();
        payload.properties().forEach(member -> query.put(member.getKey(), text(member.getValue())));
        return query.toString();
    }

    private static String tampered(ObjectNode payload, WebhookTarget target) {
        ObjectNode changed = payload.deepCopy();
        changed.put("tampered", "true");
        return payloadJson(target, changed);
    }

    private static URI uri(WebhookTarget target, String sentJson) {
        if (target.method().equals("POST")) {
            return URI.create(target.url());
        }
        StringBuilder url = new StringBuilder(target.url());
        char separator = target.url().contains("?") ? '&' : '?';
        try {
            JsonNode query = JSON.readTree(sentJson);
            for (Map.Entry<String, JsonNode> member : query.properties()) {
                url.append(separator)
                        .append(URLEncoder.encode(member.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(member.getValue().asText(), StandardCharsets.UTF_8));
                separator = '&';
            }
        } catch (IOException e) {
            throw new IllegalStateException("the mock wrote a payload it cannot read back", e);
        }
        return URI.create(url.toString());
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private HttpClient client(Duration connectionTimeout) {
        return clients.computeIfAbsent(connectionTimeout, timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private static String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within the socket timeout";
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String body(byte[] body) {
        int length = Math.min(body.length, RESPONSE_LIMIT);
        return new String(body, 0, length, StandardCharsets.UTF_8);
    }
}
