package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.NexmoState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The calls of every application, each with its lifecycle on the scheduler's clock: {@code started}, then
 * {@code ringing}, then (as its {@link Callee} behaves) {@code answered} or a failure; once answered it fetches its
 * NCCO from {@code answer_url} unless given one, runs it ({@link Ncco}) and completes when the NCCO runs out, when
 * hung up or when {@code length_timer} runs out. Each status is sent to the event URL, signed when the application
 * has {@code signed_callbacks}. Thread-safe: every change holds this object's lock.
 *
 * <p>Over 250 lines because it is the one place a call's status changes, with the webhook each change sends.
 */
public final class Calls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NexmoState state;
    private final ClockScheduler scheduler;
    private final WebhookSender sender;
    private final String apiKey;
    private final String signatureSecret;
    private final Map<String, LiveCall> calls = new LinkedHashMap<>();
    private final Map<String, Callee> callees = new ConcurrentHashMap<>();

    /** The calls of {@code state}'s applications, timed by {@code scheduler}, their webhooks signed for the account. */
    public Calls(
            NexmoState state, ClockScheduler scheduler, WebhookSender sender, String apiKey, String signatureSecret) {
        this.state = state;
        this.scheduler = scheduler;
        this.sender = sender;
        this.apiKey = apiKey;
        this.signatureSecret = signatureSecret;
    }

    /** Makes calls to {@code destination} (a number, SIP or websocket URI, extension or user) behave as {@code callee}. */
    public void callee(String destination, Callee callee) {
        callees.put(destination, callee);
    }

    /**
     * Places a call for the application.
     *
     * @throws CallStateException when neither the request nor the application has an event URL
     */
    public Call create(String applicationId, CallRequest request) {
        Application application = state.application(applicationId)
                .orElseThrow(() -> new CallStateException("application " + applicationId + " no longer exists"));
        VoiceSettings settings = VoiceSettings.of(application.capabilities());
        WebhookTarget event = request.eventUrl() != null
                ? VoiceSettings.at(
                        request.eventUrl(),
                        request.eventMethod() != null ? request.eventMethod() : "POST",
                        settings.eventTimeouts())
                : settings.event();
        if (event == null) {
            throw new CallStateException("event_url is required unless the application has a voice event_url");
        }
        ObjectNode from = request.from() != null ? request.from() : randomFrom();
        LiveCall call;
        synchronized (this) {
            call = new LiveCall(
                    UUID.randomUUID().toString(),
                    "CON-" + UUID.randomUUID(),
                    applicationId,
                    request,
                    from,
                    settings,
                    event,
                    settings.signed() ? new WebhookSigning(apiKey, signatureSecret, applicationId) : null,
                    scheduler.clock().instant());
            calls.put(call.uuid, call);
            enter(call, CallStatus.STARTED);
        }
        Call created = call.snapshot();
        Callee callee = callees.getOrDefault(address(call.request.to()), Callee.ANSWERS);
        scheduler.schedule(Duration.ZERO, () -> dial(call.uuid, callee));
        return created;
    }

    /** The call, whichever application made it. */
    public synchronized Optional<Call> call(String uuid) {
        return Optional.ofNullable(calls.get(uuid)).map(LiveCall::snapshot);
    }

    /** The application's call; empty for another application's. */
    public synchronized Optional<Call> call(String applicationId, String uuid) {
        return Optional.ofNullable(calls.get(uuid))
                .filter(call -> call.applicationId.equals(applicationId))
                .map(LiveCall::snapshot);
    }

    /** Every call, oldest first. */
    public synchronized List<Call> all() {
        return calls.values().stream().map(LiveCall::snapshot).toList();
    }

    /** One page of the application's calls that pass the query's filters, in the query's order. */
    public synchronized CallPage calls(String applicationId, CallQuery query) {
        List<Call> matching = new ArrayList<>();
        for (LiveCall call : calls.values()) {
            if (call.applicationId.equals(applicationId)
                    && (query.status() == null || call.status == query.status())
                    && (query.dateStart() == null || !call.startedAt.isBefore(query.dateStart()))
                    && (query.dateEnd() == null || !call.startedAt.isAfter(query.dateEnd()))
                    && (query.conversationUuid() == null || call.conversationUuid.equals(query.conversationUuid()))) {
                matching.add(call.snapshot());
            }
        }
        Comparator<Call> byStart = Comparator.comparing(Call::startedAt);
        matching.sort(query.descending() ? byStart.reversed() : byStart);
        int from = Math.min(query.recordIndex(), matching.size());
        int to = Math.min(from + query.pageSize(), matching.size());
        return new CallPage(matching.size(), matching.subList(from, to));
    }

    /** Hangs up: {@code completed} once answered, {@code cancelled} before. */
    public synchronized void hangUp(String applicationId, String uuid) {
        LiveCall call = live(applicationId, uuid);
        requireNotEnded(call, "hang up");
        end(call, call.answeredAt != null ? CallStatus.COMPLETED : CallStatus.CANCELLED);
    }

    /** Mutes or unmutes an answered call. */
    public synchronized void mute(String applicationId, String uuid, boolean muted) {
        LiveCall call = live(applicationId, uuid);
        requireAnswered(call, muted ? "mute" : "unmute");
        call.muted = muted;
    }

    /** Earmuffs or unearmuffs an answered call. */
    public synchronized void earmuff(String applicationId, String uuid, boolean earmuffed) {
        LiveCall call = live(applicationId, uuid);
        requireAnswered(call, earmuffed ? "earmuff" : "unearmuff");
        call.earmuffed = earmuffed;
    }

    /** Records a talk, stream or DTMF command (its {@code command} member says which) sent into an answered call. */
    public synchronized void command(String applicationId, String uuid, ObjectNode command) {
        LiveCall call = live(applicationId, uuid);
        requireAnswered(call, command.path("command").asText());
        call.commands.add(command.deepCopy());
    }

    /** Transfers an answered call to another NCCO, which it runs from its first action. */
    public synchronized void transfer(String applicationId, String uuid, ArrayNode ncco) {
        LiveCall call = live(applicationId, uuid);
        requireAnswered(call, "transfer");
        sendTransferEvent(call);
        run(call, ncco);
    }

    /** Transfers an answered call to the NCCO {@code url} answers, fetched as the answer webhook is. */
    public synchronized void transfer(String applicationId, String uuid, String url) {
        LiveCall call = live(applicationId, uuid);
        requireAnswered(call, "transfer");
        sendTransferEvent(call);
        call.generation++;
        fetchNcco(call, VoiceSettings.at(url, "GET", call.settings.answerTimeouts()), false);
    }

    /** Answers a ringing call now, as the destination would (for a test driving a {@link Callee#RINGS} call). */
    public synchronized void answer(String uuid) {
        LiveCall call = any(uuid);
        if (call.status != CallStatus.RINGING && call.status != CallStatus.STARTED) {
            throw new CallStateException("call " + uuid + " is " + call.status.apiName() + ", not ringing");
        }
        answer(call);
    }

    /** Ends an answered call as if the callee hung up now: {@code completed}. */
    public synchronized void complete(String uuid) {
        LiveCall call = any(uuid);
        requireAnswered(call, "complete");
        end(call, CallStatus.COMPLETED);
    }

    /** Ends a call that has not been answered with a failure: busy, unanswered, failed, rejected, timeout, cancelled. */
    public synchronized void fail(String uuid, CallStatus failure) {
        if (!failure.isFailure()) {
            throw new IllegalArgumentException(failure.apiName() + " is not a failure");
        }
        LiveCall call = any(uuid);
        if (call.answeredAt != null || call.status.isEnd()) {
            throw new CallStateException("call " + uuid + " is " + call.status.apiName() + "; only a call not yet"
                    + " answered can end " + failure.apiName());
        }
        end(call, failure);
    }

    /** Forgets every call and every callee setting. */
    public synchronized void clear() {
        calls.values().forEach(call -> call.generation++);
        calls.clear();
        callees.clear();
    }

    private synchronized void dial(String uuid, Callee callee) {
        LiveCall call = calls.get(uuid);
        if (call == null || call.status != CallStatus.STARTED) {
            return;
        }
        switch (callee) {
            case FAILS -> end(call, CallStatus.FAILED);
            case REJECTED -> end(call, CallStatus.REJECTED);
            default -> {
                enter(call, CallStatus.RINGING);
                int generation = call.generation;
                scheduler.schedule(
                        Duration.ofSeconds(call.request.ringingTimer()), () -> ringingTimerRanOut(uuid, generation));
                switch (callee) {
                    case ANSWERS -> answer(call);
                    case BUSY -> end(call, CallStatus.BUSY);
                    case UNANSWERED -> end(call, CallStatus.UNANSWERED);
                    default -> {
                        // RINGS: the test answers or ends it, or the ringing timer does
                    }
                }
            }
        }
    }

    private synchronized void ringingTimerRanOut(String uuid, int generation) {
        LiveCall call = calls.get(uuid);
        if (call != null && call.generation == generation && call.status == CallStatus.RINGING) {
            end(call, CallStatus.TIMEOUT);
        }
    }

    private void answer(LiveCall call) {
        call.answeredAt = scheduler.clock().instant();
        enter(call, CallStatus.ANSWERED);
        String uuid = call.uuid;
        scheduler.schedule(Duration.ofSeconds(call.request.lengthTimer()), () -> lengthTimerRanOut(uuid));
        if (call.request.ncco() != null) {
            run(call, call.request.ncco());
        } else {
            String method = call.request.answerMethod() != null ? call.request.answerMethod() : "GET";
            fetchNcco(call, VoiceSettings.at(call.request.answerUrl(), method, call.settings.answerTimeouts()), true);
        }
    }

    private synchronized void lengthTimerRanOut(String uuid) {
        LiveCall call = calls.get(uuid);
        if (call != null && call.status == CallStatus.ANSWERED) {
            end(call, CallStatus.COMPLETED);
        }
    }

    /**
     * Asks {@code target} for the NCCO with the answer webhook's parameters. An answer that is not a 200 with a valid
     * NCCO goes to the application's fallback answer URL once; failing that the call fails (Vonage API support
     * article 115016024247).
     */
    private void fetchNcco(LiveCall call, WebhookTarget target, boolean fallbackLeft) {
        ObjectNode payload = JSON.createObjectNode()
                .put("to", address(call.request.to()))
                .put("from", address(call.from))
                .put("uuid", call.uuid)
                .put("conversation_uuid", call.conversationUuid);
        int generation = call.generation;
        sender.send(
                new Webhook("answer", call.uuid, call.applicationId, target, payload, call.signing),
                delivery -> answered(call.uuid, generation, delivery, fallbackLeft));
    }

    private synchronized void answered(String uuid, int generation, Delivery delivery, boolean fallbackLeft) {
        LiveCall call = calls.get(uuid);
        if (call == null || call.generation != generation || call.status != CallStatus.ANSWERED) {
            return;
        }
        JsonNode ncco = delivery.status() == 200 ? parse(delivery.response()) : null;
        if (ncco != null && Ncco.problem(ncco).isEmpty()) {
            run(call, (ArrayNode) ncco);
        } else if (fallbackLeft && call.settings.fallbackAnswer() != null) {
            fetchNcco(call, call.settings.fallbackAnswer(), false);
        } else {
            end(call, CallStatus.FAILED);
        }
    }

    private void run(LiveCall call, ArrayNode ncco) {
        call.ncco = ncco.deepCopy();
        call.generation++;
        next(call, 0, call.generation);
    }

    /** Runs the NCCO from action {@code index}: played actions take their time, notify goes on, others hold. */
    private synchronized void next(LiveCall call, int index, int generation) {
        if (call.generation != generation || call.status != CallStatus.ANSWERED) {
            return;
        }
        for (int i = index; i < call.ncco.size(); i++) {
            JsonNode action = call.ncco.get(i);
            if (action.path("action").asText().equals("notify")) {
                notify(call, action);
                continue;
            }
            Optional<Duration> length = Ncco.length(action);
            if (length.isEmpty()) {
                return;
            }
            int following = i + 1;
            scheduler.schedule(length.get(), () -> next(call, following, generation));
            return;
        }
        end(call, CallStatus.COMPLETED);
    }

    private void notify(LiveCall call, JsonNode action) {
        String url = action.path("eventUrl").path(0).asText(null);
        if (url == null || !(action.path("payload").isObject())) {
            return;
        }
        String method = action.path("eventMethod").asText("POST").equals("GET") ? "GET" : "POST";
        sender.send(new Webhook(
                "notify",
                call.uuid,
                call.applicationId,
                VoiceSettings.at(url, method, call.settings.eventTimeouts()),
                (ObjectNode) action.get("payload"),
                call.signing));
    }

    private void end(LiveCall call, CallStatus status) {
        call.endedAt = scheduler.clock().instant();
        call.generation++;
        enter(call, status);
    }

    private void enter(LiveCall call, CallStatus status) {
        Instant now = scheduler.clock().instant();
        call.status = status;
        call.history.add(new StatusChange(status, now));
        sender.send(new Webhook(
                "event",
                call.uuid,
                call.applicationId,
                call.event,
                CallJson.event(call.snapshot(), now),
                call.signing));
    }

    private void sendTransferEvent(LiveCall call) {
        ObjectNode payload = JSON.createObjectNode()
                .put("conversation_uuid_from", call.conversationUuid)
                .put("conversation_uuid_to", call.conversationUuid)
                .put("uuid", call.uuid)
                .put("timestamp", CallJson.time(scheduler.clock().instant()));
        sender.send(new Webhook("event", call.uuid, call.applicationId, call.event, payload, call.signing));
    }

    private LiveCall live(String applicationId, String uuid) {
        LiveCall call = calls.get(uuid);
        if (call == null || !call.applicationId.equals(applicationId)) {
            throw new CallNotFoundException(uuid);
        }
        return call;
    }

    private LiveCall any(String uuid) {
        LiveCall call = calls.get(uuid);
        if (call == null) {
            throw new CallNotFoundException(uuid);
        }
        return call;
    }

    private static void requireNotEnded(LiveCall call, String what) {
        if (call.status.isEnd()) {
            throw new CallStateException(
                    "cannot " + what + " call " + call.uuid + ": it has ended (" + call.status.apiName() + ")");
        }
    }

    private static void requireAnswered(LiveCall call, String what) {
        if (call.status != CallStatus.ANSWERED) {
            throw new CallStateException("cannot " + what + " call " + call.uuid + ": it is " + call.status.apiName()
                    + ", and only an answered call takes it");
        }
    }

    /** The address of an endpoint as webhooks carry it: its number, URI, extension or user. */
    static String address(JsonNode endpoint) {
        for (String member : List.of("number", "uri", "extension", "user")) {
            if (endpoint.hasNonNull(member)) {
                return endpoint.get(member).asText();
            }
        }
        return "";
    }

    /** A number of the UK's drama range (Ofcom: 07700 900000 to 900999), as the mock has no numbers of its own. */
    private static ObjectNode randomFrom() {
        return JSON.createObjectNode()
                .put("type", "phone")
                .put(
                        "number",
                        "447700900"
                                + String.format(
                                        "%03d", ThreadLocalRandom.current().nextInt(1000)));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** A call while it lives: changed only under the lock of {@link Calls}. */
    private static final class LiveCall {
        final String uuid;
        final String conversationUuid;
        final String applicationId;
        final CallRequest request;
        final ObjectNode from;
        final VoiceSettings settings;
        final WebhookTarget event;
        final WebhookSigning signing;
        final Instant startedAt;
        final List<StatusChange> history = new ArrayList<>();
        final List<JsonNode> commands = new ArrayList<>();
        CallStatus status;
        Instant answeredAt;
        Instant endedAt;
        ArrayNode ncco;
        boolean muted;
        boolean earmuffed;
        /** Bumped whenever what the call runs changes, so timers and answers of the old run are ignored. */
        int generation;

        LiveCall(
                String uuid,
                String conversationUuid,
                String applicationId,
                CallRequest request,
                ObjectNode from,
                VoiceSettings settings,
                WebhookTarget event,
                WebhookSigning signing,
                Instant startedAt) {
            this.uuid = uuid;
            this.conversationUuid = conversationUuid;
            this.applicationId = applicationId;
            this.request = request;
            this.from = from;
            this.settings = settings;
            this.event = event;
            this.signing = signing;
            this.startedAt = startedAt;
        }

        Call snapshot() {
            return new Call(
                    uuid,
                    conversationUuid,
                    applicationId,
                    request.to(),
                    from,
                    status,
                    history,
                    startedAt,
                    answeredAt,
                    endedAt,
                    ncco,
                    muted,
                    earmuffed,
                    commands);
        }
    }
}
