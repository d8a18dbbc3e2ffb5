package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.api.BodyFormats;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Private keys out of the journal: PEM private key blocks in request URLs and bodies (a client that sends its private
 * key as {@code public_key} by mistake) and the {@code private_key} member of the API's answers (an application
 * created without a public key gets one, once).
 */
final class PrivateKeyRedaction {

    /** A PEM private key block as sent in JSON, plain text or a form body ('+' or %20 for spaces); to its end if cut off. */
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN(?:[ +]|%20)(?:[A-Z0-9]+(?:[ +]|%20))*"
                    + "PRIVATE(?:[ +]|%20)KEY-----(?:.*?-----END(?:[ +]|%20)(?:[A-Z0-9]+(?:[ +]|%20))*PRIVATE(?:[ +]|%20)KEY-----"
                    + "|.*)",
            Pattern.DOTALL);

    private static final Pattern MEMBER = Pattern.compile("(\"private_key\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"");

    private PrivateKeyRedaction() {}

    /** Whether request bytes may hold a PEM private key block: they hold {@code PRIVATE}. */
    static boolean mayHoldPem(byte[] data) {
        return BodyFormats.contains(data, "PRIVATE");
    }

    /** The text with each PEM private key block replaced. */
    static String withoutPem(String text) {
        return text.contains("PRIVATE") ? PEM.matcher(text).replaceAll(RedactingJournalStore.REDACTED) : text;
    }

    /** The bytes with each PEM private key block replaced; the same instance when they hold none. */
    static byte[] withoutPem(byte[] data) {
        return mayHoldPem(data)
                ? withoutPem(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : data;
    }

    /** Whether an answer's body may hold a {@code private_key} member. */
    static boolean inAnswer(byte[] body) {
        return BodyFormats.contains(body, "\"private_key\"");
    }

    static ResponseDefinition withoutMember(ResponseDefinition definition) {
        return ResponseDefinitionBuilder.like(definition)
                .withBody(withoutMember(definition.getByteBody()))
                .build();
    }

    static LoggedResponse withoutMember(LoggedResponse response) {
        return new LoggedResponse(
                response.getStatus(),
                response.getHeaders(),
                Encoding.encodeBase64(withoutMember(response.getBody())),
                response.getFault(),
                null);
    }

    private static byte[] withoutMember(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return MEMBER.matcher(text)
                .replaceAll("$1\"" + RedactingJournalStore.REDACTED + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
