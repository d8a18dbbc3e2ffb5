package io.github.nexmock.auth;

import com.github.tomakehurst.wiremock.http.Request;
import io.github.nexmock.api.BodyFormats;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The legacy {@code api_key} and {@code api_secret} parameters: where the {@link Authenticator} reads them (the query
 * string, then a form or JSON body) and, for the request journal, the same query string or body with every value of
 * them replaced. Both go through one reading of the names (percent escapes and {@code +} decoded, JSON escapes and any
 * encoding Jackson detects, each value of a repeated name), so a spelling authentication accepts is a spelling the
 * journal redacts. Public for the {@code server} layer only: no API of nexmock's.
 */
public final class CredentialParameters {

    /** The names whose values are never kept: the account's key and secret, and a request's signature (SMS). */
    private static final Set<String> NAMES = Set.of("api_key", "api_secret", "sig");

    private static final String FORM = "application/x-www-form-urlencoded";
    /** Zero bytes are in every ASCII name written in UTF-16 or UTF-32, which Jackson reads too. */
    private static final String ZERO = "\0";

    private CredentialParameters() {}

    /** Whether a decoded parameter or member name is {@code api_key}, {@code api_secret} or {@code sig}. */
    public static boolean isCredential(String name) {
        return NAMES.contains(name);
    }

    /**
     * The first value of a credential parameter in the query string or, when the query has none and the body is
     * within {@code maxBodyBytes}, in a form or JSON object body; null when absent.
     */
    static String first(Request request, String name, long maxBodyBytes) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        if (query >= 0) {
            String value = BodyFormats.decodeForm(url.substring(query + 1)).get(name);
            if (value != null) {
                return value;
            }
        }
        String contentType = request.getHeader("Content-Type");
        byte[] body = request.getBody();
        if (contentType == null || body == null || body.length > maxBodyBytes) {
            return null;
        }
        String mediaType = BodyFormats.mediaType(contentType);
        if (BodyFormats.isJson(mediaType)) {
            return BodyFormats.jsonScalars(body).get(name);
        }
        return mediaType.equals(FORM)
                ? BodyFormats.decodeForm(new String(body, StandardCharsets.UTF_8))
                        .get(name)
                : null;
    }

    /**
     * The URL with the value of each credential parameter of its query string replaced; the same instance when it
     * has none. A query without {@code api_}, {@code sig=} or {@code %} cannot name one, so most URLs cost a scan.
     */
    public static String redactedUrl(String url, String replacement) {
        int query = url.indexOf('?');
        if (query < 0
                || url.indexOf("api_", query) < 0 && url.indexOf("sig=", query) < 0 && url.indexOf('%', query) < 0) {
            return url;
        }
        String parameters = url.substring(query + 1);
        String redacted = BodyFormats.replaceFormValues(parameters, NAMES::contains, replacement);
        return redacted == parameters ? url : url.substring(0, query + 1) + redacted;
    }

    /**
     * The body with the value of each credential parameter replaced: members of a JSON body, pairs of a form body (or
     * of a body sent without a {@code Content-Type}, which authentication refuses but a client meant as a form); the
     * same instance when it holds none. The bytes are parsed only when they could spell a credential name: JSON can
     * only spell one without {@code api_} through a backslash-u escape or a UTF-16/32 encoding (zero bytes), a form
     * only through a {@code %} escape.
     */
    public static byte[] redactedBody(String contentType, byte[] body, String replacement) {
        if (body == null || body.length == 0) {
            return body;
        }
        String mediaType = contentType == null ? FORM : BodyFormats.mediaType(contentType);
        boolean mentionsName = BodyFormats.contains(body, "api_") || BodyFormats.contains(body, "sig");
        if (BodyFormats.isJson(mediaType)) {
            return mentionsName || BodyFormats.contains(body, "\\u") || BodyFormats.contains(body, ZERO)
                    ? BodyFormats.replaceJsonMembers(body, NAMES::contains, replacement)
                    : body;
        }
        if (!mediaType.equals(FORM) || !mentionsName && !BodyFormats.contains(body, "%")) {
            return body;
        }
        String form = new String(body, StandardCharsets.UTF_8);
        String redacted = BodyFormats.replaceFormValues(form, NAMES::contains, replacement);
        return redacted == form ? body : redacted.getBytes(StandardCharsets.UTF_8);
    }
}
