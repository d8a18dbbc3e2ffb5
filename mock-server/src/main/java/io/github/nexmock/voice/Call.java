package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A call as it stands at one moment: a copy, which later changes do not touch.
 *
 * @param uuid             the call leg's id
 * @param conversationUuid the conversation the leg is part of ({@code CON-<uuid>})
 * @param applicationId    the application that made it
 * @param to               the destination endpoint, as given
 * @param from             the caller endpoint
 * @param status           the latest status
 * @param history          every status so far, oldest first
 * @param startedAt        when it was created
 * @param answeredAt       when it was answered, or {@code null}
 * @param endedAt          when it ended, or {@code null}
 * @param ncco             the NCCO it runs (given, fetched or transferred to), or {@code null} before it has one
 * @param muted            whether it is muted
 * @param earmuffed        whether it is earmuffed
 * @param commands         the talk, stream and DTMF commands sent into it, each with its {@code command} member
 */
public record Call(
        String uuid,
        String conversationUuid,
        String applicationId,
        ObjectNode to,
        ObjectNode from,
        CallStatus status,
        List<StatusChange> history,
        Instant startedAt,
        Instant answeredAt,
        Instant endedAt,
        ArrayNode ncco,
        boolean muted,
        boolean earmuffed,
        List<JsonNode> commands) {

    /** Copies the mutable members. */
    public Call {
        to = to.deepCopy();
        from = from.deepCopy();
        history = List.copyOf(history);
        ncco = ncco == null ? null : ncco.deepCopy();
        commands = commands.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /** Always {@code outbound}: the mock has no numbers to call in on. */
    public String direction() {
        return "outbound";
    }

    /** How long it was answered for (to the end, or to now while it lasts), whole seconds; null if never answered. */
    public Duration duration(Instant now) {
        if (answeredAt == null) {
            return null;
        }
        return Duration.ofSeconds(
                Duration.between(answeredAt, endedAt != null ? endedAt : now).toSeconds());
    }

    /** Whether it went through {@code status}. */
    public boolean passedThrough(CallStatus status) {
        return history.stream().anyMatch(change -> change.status() == status);
    }

    /** Copies of the JSON members. */
    @Override
    public ObjectNode to() {
        return to.deepCopy();
    }

    @Override
    public ObjectNode from() {
        return from.deepCopy();
    }

    @Override
    public ArrayNode ncco() {
        return ncco == null ? null : ncco.deepCopy();
    }
}
