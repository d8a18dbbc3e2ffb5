package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A call as the Voice API shows it ({@code GetCallResponse} of voice.json 1.3.10) and as its event webhooks carry it
 * (webhook reference, "event webhook": {@code from}, {@code to}, {@code uuid}, {@code conversation_uuid},
 * {@code status}, {@code direction}, {@code timestamp}; a completed call adds {@code start_time}, {@code end_time},
 * {@code duration}, {@code rate} and {@code price}). The mock charges nothing: rate and price are {@code 0.00}.
 */
public final class CallJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CallJson() {}

    /** The call as {@code GET /v1/calls/{uuid}} answers it, with the self link {@code selfHref}. */
    public static ObjectNode api(Call call, Instant now, String selfHref) {
        ObjectNode node = JSON.createObjectNode()
                .put("uuid", call.uuid())
                .put("conversation_uuid", call.conversationUuid())
                .put("status", call.status().apiName())
                .put("direction", call.direction());
        node.set("to", endpoint(call.to()));
        node.set("from", endpoint(call.from()));
        if (call.answeredAt() != null) {
            node.put("start_time", time(call.answeredAt()));
        }
        if (call.status() == CallStatus.COMPLETED) {
            completion(node, call, now);
        }
        node.putObject("_links").putObject("self").put("href", selfHref);
        return node;
    }

    /** The event webhook of the call's latest status, sent at {@code now}. */
    static ObjectNode event(Call call, Instant now) {
        ObjectNode node = JSON.createObjectNode()
                .put("from", Calls.address(call.from()))
                .put("to", Calls.address(call.to()))
                .put("uuid", call.uuid())
                .put("conversation_uuid", call.conversationUuid())
                .put("status", call.status().apiName())
                .put("direction", call.direction())
                .put("timestamp", time(now));
        if (call.status() == CallStatus.COMPLETED) {
            node.put("start_time", time(call.answeredAt()));
            completion(node, call, now);
        }
        return node;
    }

    /** An instant as the Voice API writes it: ISO 8601 in UTC with milliseconds, e.g. {@code 2025-10-15T13:51:56.427Z}. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static void completion(ObjectNode node, Call call, Instant now) {
        Duration duration = call.duration(now);
        node.put("end_time", time(call.endedAt()))
                .put("duration", Long.toString(duration == null ? 0 : duration.toSeconds()))
                .put("rate", "0.00")
                .put("price", "0.00");
    }

    private static ObjectNode endpoint(ObjectNode endpoint) {
        ObjectNode shown =
                JSON.createObjectNode().put("type", endpoint.path("type").asText("phone"));
        for (String member : new String[] {"number", "uri", "extension", "user"}) {
            if (endpoint.hasNonNull(member)) {
                shown.put(member, endpoint.get(member).asText());
            }
        }
        return shown;
    }
}
