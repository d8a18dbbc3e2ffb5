package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.nexmock.auth.CredentialParameters;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
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
 * It keeps the newest events up to its own cap, and WireMock is given none (see {@link #add}).
 */
final class RedactingJournalStore implements RequestJournalStore {

    static final String REDACTED = "<redacted>";
    /** The most of a request body the journal keeps; WireMock cuts logged response bodies to the same length. */
    static final int BODY_LIMIT = 16 * 1024;
    /** Added to a stored request whose body was cut: {@code kept BODY_LIMIT of N bytes}. */
    static final String BODY_CUT_HEADER = "Nexmock-Journal-Body-Cut";

    private final int maxEntries;
    /** The events' ids, newest first; {@link #events} holds each listed event. */
    private final Deque<UUID> order = new ConcurrentLinkedDeque<>();

    private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();

    /** A journal keeping the newest {@code maxEntries} events. */
    RedactingJournalStore(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("journal must keep at least 1 entry, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * Stores the event, redacted, and drops the oldest one past the cap. WireMock's own cap counts the whole journal
     * on every request (a third of a served request's time with a thousand entries); this one asks the map of events,
     * which keeps its own count, and changes map and order together under one lock.
     */
    @Override
    public void add(ServeEvent event) {
        ServeEvent stored = redacted(event, redacted(event.getRequest()));
        synchronized (order) {
            if (events.put(stored.getId(), stored) == null) {
                order.addFirst(stored.getId());
            }
            while (events.size() > maxEntries) {
                dropOldest();
            }
        }
    }

    /**
     * Replaces a stored event with its completed form, its response; an event no longer kept stays out. The request is
     * the one {@link #add} stored, already redacted, so only the response is looked at again.
     */
    @Override
    public void put(UUID id, ServeEvent event) {
        events.computeIfPresent(id, (key, current) -> redacted(event, current.getRequest()));
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return order.stream().map(events::get).filter(Objects::nonNull);
    }

    @Override
    public void removeLast() {
        synchronized (order) {
            dropOldest();
        }
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return getAll().map(ServeEvent::getId);
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public void remove(UUID id) {
        synchronized (order) {
            if (events.remove(id) != null) {
                order.remove(id);
            }
        }
    }

    @Override
    public void clear() {
        synchronized (order) {
            events.clear();
            order.clear();
        }
    }

    private void dropOldest() {
        UUID oldest = order.pollLast();
        if (oldest != null) {
            events.remove(oldest);
        }
    }

    /**
     * The request itself when it holds no secret and no long body, else a redacted copy. Only a query string or a body
     * that could spell a credential's name is parsed; any other request costs a few scans of its bytes.
     */
    private static LoggedRequest redacted(LoggedRequest request) {
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
        return secretInRequest
                ? LoggedRequest.createFrom(new RedactedRequest(request, urlWithoutCredentials, bodyWithoutCredentials))
                : request;
    }

    /** The event with {@code request}, its request as stored, and no private key in its answer. */
    private static ServeEvent redacted(ServeEvent event, LoggedRequest request) {
        LoggedResponse response = event.getResponse();
        ResponseDefinition definition = event.getResponseDefinition();
        boolean keyInResponse = response != null && PrivateKeyRedaction.inAnswer(response.getBody())
                || definition != null && PrivateKeyRedaction.inAnswer(definition.getByteBody());
        if (request == event.getRequest() && !keyInResponse) {
            return event;
        }
        return new ServeEvent(
                event.getId(),
                request,
                event.getStubMapping(),
                keyInResponse && definition != null ? PrivateKeyRedaction.withoutMember(definition) : definition,
                keyInResponse && response != null ? PrivateKeyRedaction.withoutMember(response) : response,
                event.getWasMatched(),
                event.getTiming(),
                new ConcurrentLinkedQueue<SubEvent>(event.getSubEvents()));
    }
}
