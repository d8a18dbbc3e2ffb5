package io.github.nexmock.http;

import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.nexmock.auth.CredentialParameters;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * WireMock's request journal, but it never keeps a credential or a private key, and never more than
 * {@value #BODY_LIMIT} bytes of a request body: the {@code Authorization} header's value (Basic credentials and Bearer
 * tokens alike; the scheme stays), every value of the {@code api_key}, {@code api_secret} and request signature {@code sig} parameters wherever and
 * however authentication reads them (query string, form or JSON body, percent-encoded or escaped names, repeated
 * names: see {@link CredentialParameters}), PEM private keys in request URLs and bodies, and {@code private_key}
 * members of response bodies are replaced by {@value #REDACTED} before an event is stored (see {@link
 * RedactedRequest} and {@link PrivateKeyRedaction}), so {@code /__admin/requests} and the near-misses cannot hand them
 * out. A longer body is kept cut to its first {@value #BODY_LIMIT} bytes, and the stored request carries a {@value
 * #BODY_CUT_HEADER} header giving its full length, so a thousand entries stay a few megabytes whatever clients send.
 */
final class RedactingJournalStore implements RequestJournalStore {

    static final String REDACTED = "<redacted>";
    /** The most of a request body the journal keeps; WireMock cuts logged response bodies to the same length. */
    public static final int BODY_LIMIT = 16 * 1024;
    /** Added to a stored request whose body was cut: {@code kept BODY_LIMIT of N bytes}. */
    static final String BODY_CUT_HEADER = "Nexmock-Journal-Body-Cut";

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

    /**
     * The event itself when it holds no secret and no long body, else a redacted copy. Only a query string or a body
     * that could spell a credential's name is parsed; any other request costs a few scans of its bytes.
     */
    static ServeEvent redacted(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String url = request.getUrl();
        byte[] body = request.getBody();
        String urlWithoutCredentials = CredentialParameters.redactedUrl(url, REDACTED);
        byte[] bodyWithoutCredentials =
                CredentialParameters.redactedBody(request.getHeader("Content-Type"), body, REDACTED);
        boolean secretInRequest = urlWithoutCredentials != url
                || bodyWithoutCredentials != body
                || request.getHeader("Authorization") != null
                || url.contains("PRIVATE")
                || PrivateKeyRedaction.mayHoldPem(body)
                || body != null && body.length > BODY_LIMIT;
        LoggedResponse response = event.getResponse();
        ResponseDefinition definition = event.getResponseDefinition();
        boolean keyInResponse = response != null && PrivateKeyRedaction.inAnswer(response.getBody())
                || definition != null && PrivateKeyRedaction.inAnswer(definition.getByteBody());
        if (!secretInRequest && !keyInResponse) {
            return event;
        }
        return new ServeEvent(
                event.getId(),
                secretInRequest
                        ? LoggedRequest.createFrom(
                                new RedactedRequest(request, urlWithoutCredentials, bodyWithoutCredentials))
                        : request,
                event.getStubMapping(),
                keyInResponse && definition != null ? PrivateKeyRedaction.withoutMember(definition) : definition,
                keyInResponse && response != null ? PrivateKeyRedaction.withoutMember(response) : response,
                event.getWasMatched(),
                event.getTiming(),
                new ConcurrentLinkedQueue<SubEvent>(event.getSubEvents()));
    }
}
