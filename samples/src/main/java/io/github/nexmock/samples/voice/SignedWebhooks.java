package io.github.nexmock.samples.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vonage.client.voice.VoiceClient;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Checks a signed Vonage webhook in the steps Vonage's signed-webhook pages give: the JWT in {@code Authorization}
 * verifies with our signature secret (the Vonage SDK's own {@link VoiceClient#verifySignature}), its {@code api_key}
 * is ours, and the SHA-256 of the body equals its {@code payload_hash}. It also refuses a token issued more than
 * {@code maxAge} ago, which the SDK's check lets through.
 */
public final class SignedWebhooks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String signatureSecret;
    private final String apiKey;
    private final Clock clock;
    private final Duration maxAge;

    /** A verifier for the account {@code apiKey} whose signature secret is {@code signatureSecret}. */
    public SignedWebhooks(String signatureSecret, String apiKey, Clock clock, Duration maxAge) {
        this.signatureSecret = signatureSecret;
        this.apiKey = apiKey;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The verdict on a POST webhook with this {@code Authorization} header (may be null) and body. */
    public WebhookVerdict verify(String authorization, byte[] body) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return WebhookVerdict.UNSIGNED;
        }
        String token = authorization.substring("Bearer ".length()).strip();
        if (!VoiceClient.verifySignature(token, signatureSecret)) {
            return WebhookVerdict.BAD_SIGNATURE;
        }
        JsonNode claims = claims(token);
        if (!apiKey.equals(claims.path("api_key").asText())) {
            return WebhookVerdict.OTHER_ACCOUNT;
        }
        Instant issued = Instant.ofEpochSecond(claims.path("iat").asLong());
        if (issued.plus(maxAge).isBefore(clock.instant())) {
            return WebhookVerdict.STALE;
        }
        if (!sha256Hex(body).equals(claims.path("payload_hash").asText())) {
            return WebhookVerdict.TAMPERED;
        }
        return WebhookVerdict.TRUSTED;
    }

    private static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SignedWebhooks[apiKey=" + apiKey + ", maxAge=" + maxAge + "]";
    }
}
