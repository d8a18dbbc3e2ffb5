package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * WireMock's request journal, but it never keeps the account secret or a private key: Basic credentials, the
 * {@code api_secret} parameter (query string or form body), PEM private keys in request URLs and bodies (a client
 * that sends its private key as {@code public_key} by mistake) and {@code private_key} members of response bodies
 * are replaced by {@value #REDACTED} before an event is stored, so {@code /__admin/requests} cannot hand them out.
 * Bearer tokens are kept: they expire, and tests verify which token was sent.
 */
final class RedactingJournalStore implements RequestJournalStore {

    static final String REDACTED = "<redacted>";

    private static final Pattern SECRET_PARAMETER = Pattern.compile("(api_secret=)[^&#]*");
    /** A PEM private key block as sent in JSON, plain text or a form body ('+' or %20 for spaces); to its end if cut off. */
    private static final Pattern PRIVATE_KEY_PEM = Pattern.compile("-----BEGIN(?:[ +]|%20)(?:[A-Z0-9]+(?:[ +]|%20))*"
            + "PRIVATE(?:[ +]|%20)KEY-----(?:.*?-----END(?:[ +]|%20)(?:[A-Z0-9]+(?:[ +]|%20))*PRIVATE(?:[ +]|%20)KEY-----"
            + "|.*)", Pattern.DOTALL);
    private static final byte[] PRIVATE = "PRIVATE".getBytes(StandardCharsets.UTF_8);
    private static final Pattern PRIVATE_KEY_MEMBER = Pattern.compile("(\"private_key\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final byte[] PRIVATE_KEY = "\"private_key\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] API_SECRET = "api_secret".getBytes(StandardCharsets.UTF_8);

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

    /** The event itself when it holds no secret (the common case, checked cheaply), else a redacted copy. */
    static ServeEvent redacted(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        boolean secretInRequest = hasBasicCredentials(request) || request.getUrl().contains("api_secret")
                || request.getUrl().contains("PRIVATE") || contains(request.getBody(), API_SECRET)
                || contains(request.getBody(), PRIVATE);
        LoggedResponse response = event.getResponse();
        ResponseDefinition definition = event.getResponseDefinition();
        boolean keyInResponse = response != null && contains(response.getBody(), PRIVATE_KEY)
                || definition != null && contains(definition.getByteBody(), PRIVATE_KEY);
        if (!secretInRequest && !keyInResponse) {
            return event;
        }
        return new ServeEvent(event.getId(),
                secretInRequest ? redacted(request) : request,
                event.getStubMapping(),
                keyInResponse && definition != null ? redacted(definition) : definition,
                keyInResponse && response != null ? redacted(response) : response,
                event.getWasMatched(),
                event.getTiming(),
                new ConcurrentLinkedQueue<SubEvent>(event.getSubEvents()));
    }

    private static boolean hasBasicCredentials(Request request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith("basic");
    }

    private static LoggedRequest redacted(LoggedRequest request) {
        return LoggedRequest.createFrom(new RedactedRequest(request));
    }

    private static String withoutSecret(String text) {
        String withoutKeys = PRIVATE_KEY_PEM.matcher(text).replaceAll(REDACTED);
        return SECRET_PARAMETER.matcher(withoutKeys).replaceAll("$1" + REDACTED);
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
                headers.add(header.keyEquals("Authorization") && hasBasicCredentials(request)
                        ? HttpHeader.httpHeader(header.key(), "Basic " + REDACTED)
                        : header);
            }
            return new HttpHeaders(headers);
        }

        @Override
        public byte[] getBody() {
            byte[] body = request.getBody();
            return contains(body, API_SECRET) || contains(body, PRIVATE)
                    ? withoutSecret(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                    : body;
        }

        @Override
        public String getBodyAsString() {
            return new String(getBody(), StandardCharsets.UTF_8);
        }

        @Override
        public Map<String, FormParameter> formParameters() {
            Map<String, FormParameter> parameters = new LinkedHashMap<>();
            request.formParameters().forEach((name, parameter) -> parameters.put(name, name.equals("api_secret")
                    ? new FormParameter(name, List.of(REDACTED))
                    : new FormParameter(name, parameter.values().stream().map(RedactingJournalStore::withoutSecret)
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
        return new LoggedResponse(response.getStatus(), response.getHeaders(),
                Encoding.encodeBase64(withoutPrivateKey(response.getBody())), response.getFault(), null);
    }

    private static byte[] withoutPrivateKey(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return PRIVATE_KEY_MEMBER.matcher(text).replaceAll("$1\"" + REDACTED + "\"").getBytes(StandardCharsets.UTF_8);
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
