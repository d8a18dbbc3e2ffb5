package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A checked {@code POST /v1/calls} body.
 *
 * @param to               the destination endpoint (the first of {@code to})
 * @param from             the caller endpoint, or {@code null} with {@code randomFromNumber}
 * @param randomFromNumber whether to pick the caller's number
 * @param ncco             the NCCO to run, or {@code null} to fetch one from {@code answerUrl}
 * @param answerUrl        where to fetch the NCCO, or {@code null}
 * @param answerMethod     GET or POST
 * @param eventUrl         where to send events, or {@code null} for the application's event URL
 * @param eventMethod      GET or POST, or {@code null} for the application's
 * @param machineDetection {@code continue}, {@code hangup} or {@code null}
 * @param lengthTimer      seconds after answer before the call is hung up
 * @param ringingTimer     seconds of ringing before the call times out
 */
public record CallRequest(
        ObjectNode to,
        ObjectNode from,
        boolean randomFromNumber,
        ArrayNode ncco,
        String answerUrl,
        String answerMethod,
        String eventUrl,
        String eventMethod,
        String machineDetection,
        int lengthTimer,
        int ringingTimer) {

    /** The defaults voice.json 1.3.10 gives {@code length_timer} and {@code ringing_timer}. */
    public static final int DEFAULT_LENGTH_TIMER = 7200;

    public static final int DEFAULT_RINGING_TIMER = 60;

    /** Checks that there is something to run and someone to call. */
    public CallRequest {
        Objects.requireNonNull(to, "to");
        if (ncco == null && answerUrl == null) {
            throw new IllegalArgumentException("a call needs an NCCO or an answer URL");
        }
        to = to.deepCopy();
        from = from == null ? null : from.deepCopy();
        ncco = ncco == null ? null : ncco.deepCopy();
    }
}
