package io.github.nexmock.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens Vonage puts in the {@code Authorization} header of a signed webhook: HS256 over the claims with the
 * account's signature secret ("SHA-256 is always used", Messages API signed-webhooks page), beside the RS256 tokens
 * applications sign. {@link #unsigned} writes the {@code alg: none} form a verifier must refuse.
 */
public final class WebhookTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HS256_HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    private static final String NONE_HEADER = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");

    private WebhookTokens() {}

    /** A compact JWS of {@code claims} (written in their order), HS256 with {@code secret}'s UTF-8 bytes. */
    public static String hs256(Map<String, Object> claims, String secret) {
        String signingInput = HS256_HEADER + "." + encode(StrictJson.write(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "."
                    + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** The same claims under {@code alg: none}, with an empty signature (RFC 7519, section 6). */
    public static String unsigned(Map<String, Object> claims) {
        return NONE_HEADER + "." + encode(StrictJson.write(claims)) + ".";
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
