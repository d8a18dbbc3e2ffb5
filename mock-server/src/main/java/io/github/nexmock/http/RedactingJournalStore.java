package io.github.nexmock.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Request.Part;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * WireMock's request journal, but it never keeps a credential or a private key, and never more than
 * {@value #BODY_LIMIT} bytes of a request body: the {@code Authorization} header's value (Basic credentials and Bearer
 * tokens alike; the scheme stays), the {@code api_key}, {@code api_secret} and request signature {@code sig}
 * parameters (query string or form body) and the {@code api_key} and {@code api_secret} JSON members,
 * PEM private keys in request URLs and bodies (a client that sends its private key as {@code public_key} by mistake)
 * and {@code private_key} members of response bodies are replaced by {@value #REDACTED} before an event is stored, so
 * {@code /__admin/requests} cannot hand them out. A longer body is kept cut to its first {@value #BODY_LIMIT} bytes,
 * and the stored request carries a {@value #BODY_CUT_HEADER} header giving its full length, so a thousand entries stay
 * a few megabytes whatever clients send.
 */
final class RedactingJournalStore implements RequestJournalStore {

    static final String REDACTED = "<redacted>";
    /** The most of a request body the journal keeps; WireMock cuts logged response bodies to the same length. */
    public static final int BODY_LIMIT = 16 * 1024;
    /** Added to a stored request whose body was cut: {@code kept BODY_LIMIT of N bytes}. */
    static final String BODY_CUT_HEADER = "Nexmock-Journal-Body-Cut";

    private static final Pattern CREDENTIAL_PARAMETER =
            Pattern.compile("((?:^|[?&])(?:api_(?:key|secret)|sig)=)[^&#]*");
    /** The same as JSON body members, as the catalogue's JSON APIs (and Application API v1) take them. */
    private static final Pattern CREDENTIAL_MEMBER =
            Pattern.compile("(\"api_(?:key|secret)\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"");
    /** A PEM private key block as sent in JSON, plain text or a form body ('+' or %20 for spaces); to its end if cut off. */
    private static final Pattern PRIVATE_KEY_PEM = Pattern.compile(
            "-----BEGIN(?:[ +]|%20)(?:[A-Z0-9]+(?:[ +]|%20))*"
                    + "PRIVATE(?:[ +]|%20)KEY-----(?:.*?-----END(?:[ +]|%20)(?:[A-Z0-9]+(?:[ +]|%20))*PRIVATE(?:[ +]|%20)KEY-----"
                    + "|.*)",
            Pattern.DOTALL);

    private static final byte[] PRIVATE = "PRIVATE".getBytes(StandardCharsets.UTF_8);
    private static final Pattern PRIVATE_KEY_MEMBER =
            Pattern.compile("(\"private_key\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final byte[] PRIVATE_KEY = "\"private_key\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] API_PARAMETER = "api_".getBytes(StandardCharsets.UTF_8);

    private final RequestJournalStore journal = new InMemoryRequestJournalStore();

    @Override
    public void add(ServeEvent event) {
        journal.add(redacted(event));
    }

    @Override
    public void put(UUID id, ServeEvent event) {
        journal.put(id, redacted(event));
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return journal.getAll();
    }

    @Override
    public void removeLast() {
        journal.removeLast();
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return journal.getAllKeys();
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return journal.get(id);
    }

    @Override
    public void remove(UUID id) {
        journal.remove(id);
    }

    @Override
    public void clear() {
        journal.clear();
    }

    /** The event itself when it holds no secret and no long body (checked cheaply), else a redacted copy. */
    static ServeEvent redacted(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        boolean secretInRequest = request.getHeader("Authorization") != null
                || request.getUrl().contains("api_")
                || request.getUrl().contains("PRIVATE")
                || contains(request.getBody(), API_PARAMETER)
                || contains(request.getBody(), PRIVATE)
                || request.getBody() != null && request.getBody().length > BODY_LIMIT;
        LoggedResponse response = event.getResponse();
        ResponseDefinition definition = event.getResponseDefinition();
        boolean keyInResponse = response != null && contains(response.getBody(), PRIVATE_KEY)
                || definition != null && contains(definition.getByteBody(), PRIVATE_KEY);
        if (!secretInRequest && !keyInResponse) {
            return event;
        }
        return new ServeEvent(
                event.getId(),
                secretInRequest ? redacted(request) : request,
                event.getStubMapping(),
                keyInResponse && definition != null ? redacted(definition) : definition,
                keyInResponse && response != null ? redacted(response) : response,
                event.getWasMatched(),
                event.getTiming(),
                new ConcurrentLinkedQueue<SubEvent>(event.getSubEvents()));
    }

    /** {@code Basic <redacted>} or {@code Bearer <redacted>}; the whole value when it has no such scheme. */
    private static String redactedAuthorization(String value) {
        String scheme = value.strip().split(" ", 2)[0];
        return scheme.equalsIgnoreCase("Basic") || scheme.equalsIgnoreCase("Bearer")
                ? scheme + " " + REDACTED
                : REDACTED;
    }

    private static LoggedRequest redacted(LoggedRequest request) {
        return LoggedRequest.createFrom(new RedactedRequest(request));
    }

    private static String withoutSecret(String text) {
        String withoutKeys = PRIVATE_KEY_PEM.matcher(text).replaceAll(REDACTED);
        String withoutParameters = CREDENTIAL_PARAMETER.matcher(withoutKeys).replaceAll("$1" + REDACTED);
        return CREDENTIAL_MEMBER.matcher(withoutParameters).replaceAll("$1\"" + REDACTED + "\"");
    }

    /** The parts of a request that {@link LoggedRequest#createFrom} copies, without credentials. */
    private static final class RedactedRequest extends RequestWrapper {

        private final Request request;

        RedactedRequest(Request request) {
            super(request);
            this.request = request;
        }

        @Override
        public String getUrl() {
            return withoutSecret(request.getUrl());
        }

        @Override
        public String getAbsoluteUrl() {
            return withoutSecret(request.getAbsoluteUrl());
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
                                                .map(RedactingJournalStore::redactedAuthorization)
                                                .toList())
                                : header);
            }
            byte[] body = request.getBody();
            if (body != null && body.length > BODY_LIMIT) {
                headers.add(
                        HttpHeader.httpHeader(BODY_CUT_HEADER, "kept " + BODY_LIMIT + " of " + body.length + " bytes"));
            }
            return new HttpHeaders(headers);
        }

        @Override
        public byte[] getBody() {
            byte[] body = request.getBody();
            if (body == null) {
                return null;
            }
            byte[] kept = body.length > BODY_LIMIT ? Arrays.copyOf(body, BODY_LIMIT) : body;
            return contains(kept, API_PARAMETER) || contains(kept, PRIVATE)
                    ? withoutSecret(new String(kept, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                    : kept;
        }

        /** Multipart parts are dropped with a cut body, which would otherwise be kept whole through them. */
        @Override
        public Collection<Part> getParts() {
            byte[] body = request.getBody();
            return body != null && body.length > BODY_LIMIT ? null : request.getParts();
        }

        @Override
        public String getBodyAsString() {
            return new String(getBody(), StandardCharsets.UTF_8);
        }

        @Override
        public Map<String, FormParameter> formParameters() {
            Map<String, FormParameter> parameters = new LinkedHashMap<>();
            request.formParameters()
                    .forEach((name, parameter) -> parameters.put(
                            name,
                            name.equals("api_secret") || name.equals("api_key") || name.equals("sig")
                                    ? new FormParameter(name, List.of(REDACTED))
                                    : new FormParameter(
                                            name,
                                            parameter.values().stream()
                                                    .map(RedactingJournalStore::withoutSecret)
                                                    .toList())));
            return parameters;
        }

        @Override
        public FormParameter formParameter(String name) {
            return formParameters().getOrDefault(name, FormParameter.absent(name));
        }
    }

    private static ResponseDefinition redacted(ResponseDefinition definition) {
        return ResponseDefinitionBuilder.like(definition)
                .withBody(withoutPrivateKey(definition.getByteBody()))
                .build();
    }

    private static LoggedResponse redacted(LoggedResponse response) {
        return new LoggedResponse(
                response.getStatus(),
                response.getHeaders(),
                Encoding.encodeBase64(withoutPrivateKey(response.getBody())),
                response.getFault(),
                null);
    }

    private static byte[] withoutPrivateKey(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return PRIVATE_KEY_MEMBER
                .matcher(text)
                .replaceAll("$1\"" + REDACTED + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] data, byte[] part) {
        if (data == null) {
            return false;
        }
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
