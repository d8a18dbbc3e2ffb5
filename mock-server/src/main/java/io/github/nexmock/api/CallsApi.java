package io.github.nexmock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.nexmock.state.SortOrder;
import io.github.nexmock.voice.Call;
import io.github.nexmock.voice.CallJson;
import io.github.nexmock.voice.CallNotFoundException;
import io.github.nexmock.voice.CallPage;
import io.github.nexmock.voice.CallQuery;
import io.github.nexmock.voice.CallRequest;
import io.github.nexmock.voice.CallStateException;
import io.github.nexmock.voice.CallStatus;
import io.github.nexmock.voice.Calls;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Voice API ({@code /v1/calls}, voice.json 1.3.10) for the application whose JWT authenticated the request: it
 * sees and controls only its own calls; another application's call is a 404. Actions on a call that is not answered
 * (talk, stream, DTMF, mute, earmuff, transfer) or has ended (hangup) are a 400, as the platform answered a talk into
 * a call that was not active (Vonage/vonage-ruby-sdk issue #116, Vonage/vonage-php-sdk-core issue #103).
 */
final class CallsApi {

    private static final Pattern DIGITS = Pattern.compile("[0-9*#pP]+");
    private static final List<String> ACTIONS = List.of("hangup", "mute", "unmute", "earmuff", "unearmuff", "transfer");

    private final Calls calls;
    private final Clock clock;

    CallsApi(Calls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    ResponseDefinition create(ApiRequest request) {
        CallRequest call = CallBodies.create(request.jsonObject());
        Call created;
        try {
            created = calls.create(request.applicationId(), call);
        } catch (CallStateException e) {
            throw Problem.invalid(ApiFamily.VOICE, List.of(new InvalidParameter("event_url", e.getMessage())))
                    .toException();
        }
        return ApiResponses.json(
                201,
                ApiJson.object()
                        .put("uuid", created.uuid())
                        .put("status", created.status().apiName())
                        .put("direction", created.direction())
                        .put("conversation_uuid", created.conversationUuid()));
    }

    ResponseDefinition find(ApiRequest request) {
        Call call =
                calls.call(request.applicationId(), request.id()).orElseThrow(() -> notFound(request, request.id()));
        return ApiResponses.json(200, CallJson.api(call, clock.instant(), selfHref(request, call.uuid())));
    }

    ResponseDefinition list(ApiRequest request) {
        BodyReader parameters = new BodyReader(ApiJson.object(), ApiFamily.VOICE);
        int pageSize = request.intQuery("page_size", 10, 1, 100, parameters);
        int recordIndex = request.intQuery("record_index", 0, 0, Integer.MAX_VALUE, parameters);
        SortOrder order = request.parsedQuery("order", SortOrder::fromParameter, SortOrder.ASC, parameters);
        CallStatus status = request.parsedQuery("status", CallStatus::fromApiName, null, parameters);
        Instant dateStart = request.parsedQuery("date_start", CallsApi::dateTime, null, parameters);
        Instant dateEnd = request.parsedQuery("date_end", CallsApi::dateTime, null, parameters);
        String conversation = request.query("conversation_uuid").orElse(null);
        parameters.check();

        CallPage page = calls.calls(
                request.applicationId(),
                new CallQuery(
                        status, dateStart, dateEnd, conversation, pageSize, recordIndex, order == SortOrder.DESC));
        String base = request.baseUrl() + "/v1/calls?page_size=" + pageSize + "&order=" + order.parameter();
        ObjectNode body = ApiJson.object()
                .put("count", page.count())
                .put("page_size", pageSize)
                .put("record_index", recordIndex);
        ObjectNode links = body.putObject("_links");
        links.putObject("self").put("href", base + "&record_index=" + recordIndex);
        if (recordIndex + pageSize < page.count()) {
            links.putObject("next").put("href", base + "&record_index=" + (recordIndex + pageSize));
        }
        if (recordIndex > 0) {
            links.putObject("prev").put("href", base + "&record_index=" + Math.max(0, recordIndex - pageSize));
        }
        ArrayNode embedded = body.putObject("_embedded").putArray("calls");
        Instant now = clock.instant();
        for (Call call : page.calls()) {
            embedded.add(CallJson.api(call, now, selfHref(request, call.uuid())));
        }
        return ApiResponses.json(200, body);
    }

    ResponseDefinition update(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        BodyReader reader = new BodyReader(body, ApiFamily.VOICE);
        String action = reader.requiredText("action");
        if (action != null && !ACTIONS.contains(action)) {
            reader.invalid("action", "must be one of " + String.join(", ", ACTIONS) + ", got '" + action + "'");
        }
        ArrayNode ncco = null;
        String url = null;
        if ("transfer".equals(action)) {
            ObjectNode destination = reader.optionalObject("destination");
            if (destination == null) {
                reader.invalid("destination", "is required for transfer");
            } else {
                if (!"ncco".equals(destination.path("type").asText())) {
                    reader.invalid("destination.type", "must be ncco");
                }
                ncco = CallBodies.transferNcco(destination, reader);
                url = CallBodies.transferUrl(destination, reader);
                if (destination.hasNonNull("ncco") == destination.hasNonNull("url")) {
                    reader.invalid("destination", "needs either ncco or url");
                }
            }
        }
        reader.check();
        String app = request.applicationId();
        String uuid = request.id();
        ArrayNode transferTo = ncco;
        String transferUrl = url;
        control(request, () -> {
            switch (action) {
                case "hangup" -> calls.hangUp(app, uuid);
                case "mute", "unmute" -> calls.mute(app, uuid, action.equals("mute"));
                case "earmuff", "unearmuff" -> calls.earmuff(app, uuid, action.equals("earmuff"));
                default -> {
                    if (transferTo != null) {
                        calls.transfer(app, uuid, transferTo);
                    } else {
                        calls.transfer(app, uuid, transferUrl);
                    }
                }
            }
        });
        return ApiResponses.noContent();
    }

    ResponseDefinition startTalk(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        BodyReader reader = new BodyReader(body, ApiFamily.VOICE);
        reader.requiredText("text");
        loop(body, reader);
        reader.check();
        return command(request, body, "talk", "Talk started");
    }

    ResponseDefinition startStream(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        BodyReader reader = new BodyReader(body, ApiFamily.VOICE);
        JsonNode urls = body.get("stream_url");
        if (urls == null || !urls.isArray() || urls.isEmpty() || !urls.get(0).isTextual()) {
            reader.invalid("stream_url", "is required: an array holding the URL of the audio");
        }
        loop(body, reader);
        reader.check();
        return command(request, body, "stream", "Stream started");
    }

    ResponseDefinition startDtmf(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        BodyReader reader = new BodyReader(body, ApiFamily.VOICE);
        JsonNode given = body.get("digits");
        // voice.json types digits as a string but gives the number 1713 as its example: a number is taken as its digits
        String digits = given != null && given.isIntegralNumber() ? given.asText() : reader.requiredText("digits");
        if (digits != null && !DIGITS.matcher(digits).matches()) {
            reader.invalid("digits", "must hold only 0-9, *, # and p (a pause), got '" + digits + "'");
        }
        reader.check();
        return command(request, body, "dtmf", "DTMF sent");
    }

    ResponseDefinition stopTalk(ApiRequest request) {
        return command(request, ApiJson.object(), "stop_talk", "Talk stopped");
    }

    ResponseDefinition stopStream(ApiRequest request) {
        return command(request, ApiJson.object(), "stop_stream", "Stream stopped");
    }

    private ResponseDefinition command(ApiRequest request, ObjectNode body, String command, String message) {
        ObjectNode recorded = ApiJson.object().put("command", command);
        recorded.setAll(body);
        control(request, () -> calls.command(request.applicationId(), request.id(), recorded));
        return ApiResponses.json(200, ApiJson.object().put("message", message).put("uuid", request.id()));
    }

    private static void control(ApiRequest request, Runnable change) {
        try {
            change.run();
        } catch (CallNotFoundException e) {
            throw notFound(request, request.id());
        } catch (CallStateException e) {
            throw Problem.of(ApiFamily.VOICE, 400, e.getMessage()).toException();
        }
    }

    private static void loop(ObjectNode body, BodyReader reader) {
        JsonNode loop = body.get("loop");
        if (loop != null && !loop.isNull() && !(loop.isIntegralNumber() && loop.asInt() >= 0)) {
            reader.invalid("loop", "must be an integer of at least 0 (0 repeats until stopped), got " + loop);
        }
    }

    private static Instant dateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "must be an ISO 8601 date-time such as 2025-10-15T13:51:56.427Z, got '" + text + "'");
        }
    }

    private static ProblemException notFound(ApiRequest request, String uuid) {
        return Problem.of(ApiFamily.VOICE, 404, "no call with uuid " + uuid + " in this application")
                .toException();
    }

    private static String selfHref(ApiRequest request, String uuid) {
        return request.baseUrl() + "/v1/calls/" + uuid;
    }
}
