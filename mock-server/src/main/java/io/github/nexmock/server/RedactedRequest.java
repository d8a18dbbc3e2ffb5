package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Request.Part;
import io.github.nexmock.auth.AuthorizationHeader;
import io.github.nexmock.auth.CredentialParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the journal keeps it, for {@link com.github.tomakehurst.wiremock.verification.LoggedRequest#createFrom}:
 * the {@code Authorization} header's value, the values of the {@code api_key} and {@code api_secret} parameters (as
 * {@link CredentialParameters} finds them in the query string and the body) and PEM private keys replaced by
 * {@value RedactingJournalStore#REDACTED}, and the body cut to {@value RedactingJournalStore#BODY_LIMIT} bytes with a
 * {@value RedactingJournalStore#BODY_CUT_HEADER} header saying so.
 */
final class RedactedRequest extends RequestWrapper {

    private final Request request;
    private final String url;
    private final byte[] body;

    /** The request with its URL and body already rid of credentials, the only parts parsed for them. */
    RedactedRequest(Request request, String urlWithoutCredentials, byte[] bodyWithoutCredentials) {
        super(request);
        this.request = request;
        this.url = PrivateKeyRedaction.withoutPem(urlWithoutCredentials);
        this.body = bodyWithoutCredentials == null
                ? null
                : PrivateKeyRedaction.withoutPem(
                        bodyWithoutCredentials.length > RedactingJournalStore.BODY_LIMIT
                                ? Arrays.copyOf(bodyWithoutCredentials, RedactingJournalStore.BODY_LIMIT)
                                : bodyWithoutCredentials);
    }

    @Override
    public String getUrl() {
        return url;
    }

    @Override
    public String getAbsoluteUrl() {
        return PrivateKeyRedaction.withoutPem(
                CredentialParameters.redactedUrl(request.getAbsoluteUrl(), RedactingJournalStore.REDACTED));
    }

    @Override
    public HttpHeaders getHeaders() {
        List<HttpHeader> headers = new ArrayList<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.add(
                    header.keyEquals("Authorization")
                            ? new HttpHeader(
                                    header.key(),
                                    header.values().stream()
                                            .map(RedactedRequest::redactedAuthorization)
                                            .toList())
                            : header);
        }
        byte[] full = request.getBody();
        if (full != null && full.length > RedactingJournalStore.BODY_LIMIT) {
            headers.add(HttpHeader.httpHeader(
                    RedactingJournalStore.BODY_CUT_HEADER,
                    "kept " + RedactingJournalStore.BODY_LIMIT + " of " + full.length + " bytes"));
        }
        return new HttpHeaders(headers);
    }

    @Override
    public byte[] getBody() {
        return body;
    }

    @Override
    public String getBodyAsString() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    /** Multipart parts are dropped with a cut body, which would otherwise be kept whole through them. */
    @Override
    public Collection<Part> getParts() {
        byte[] full = request.getBody();
        return full != null && full.length > RedactingJournalStore.BODY_LIMIT ? null : request.getParts();
    }

    /** WireMock's own parse of a form body, with the same names redacted as in the body. */
    @Override
    public Map<String, FormParameter> formParameters() {
        Map<String, FormParameter> parameters = new LinkedHashMap<>();
        request.formParameters()
                .forEach((name, parameter) -> parameters.put(
                        name,
                        new FormParameter(
                                name,
                                CredentialParameters.isCredential(name)
                                        ? List.of(RedactingJournalStore.REDACTED)
                                        : parameter.values().stream()
                                                .map(PrivateKeyRedaction::withoutPem)
                                                .toList())));
        return parameters;
    }

    @Override
    public FormParameter formParameter(String name) {
        return formParameters().getOrDefault(name, FormParameter.absent(name));
    }

    /** {@code Basic <redacted>} or {@code Bearer <redacted>}; the whole value when it has no such scheme. */
    private static String redactedAuthorization(String value) {
        AuthorizationHeader authorization = AuthorizationHeader.parse(value);
        return authorization.isBasic() || authorization.isBearer()
                ? authorization.scheme() + " " + RedactingJournalStore.REDACTED
                : RedactingJournalStore.REDACTED;
    }
}
