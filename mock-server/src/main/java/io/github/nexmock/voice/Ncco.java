package io.github.nexmock.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the mock knows of Call Control Objects (NCCO reference, developer.vonage.com/en/voice/voice-api/ncco-reference):
 * which actions exist and what each requires, and how long the actions it models take. {@code talk} lasts its text
 * at 15 characters a second per {@code loop}; {@code stream} lasts {@link #STREAM_LENGTH} per {@code loop} (the mock
 * does not fetch audio); {@code loop: 0} repeats until hung up; {@code notify} sends its payload and goes on. Every
 * other action ({@code conversation}, {@code connect}, {@code input}, {@code record}, {@code wait}, {@code transfer})
 * holds the call until it is hung up, transferred or driven by the test.
 */
final class Ncco {

    /** How long the mock plays a stream once: it does not download the audio. */
    static final Duration STREAM_LENGTH = Duration.ofSeconds(5);

    private static final int TALK_CHARACTERS_PER_SECOND = 15;

    /** The actions of the NCCO reference, each with the member it cannot do without. */
    private static final Map<String, String> REQUIRED = Map.of(
            "talk", "text",
            "stream", "streamUrl",
            "conversation", "name",
            "connect", "endpoint",
            "notify", "payload",
            "record", "",
            "input", "",
            "wait", "",
            "transfer", "");

    private static final Set<String> PLAYED = Set.of("talk", "stream");

    private Ncco() {}

    /** Why {@code ncco} is not an NCCO the platform would run, or empty when it is one. */
    static Optional<String> problem(JsonNode ncco) {
        if (ncco == null || !ncco.isArray()) {
            return Optional.of("an NCCO is a JSON array of actions");
        }
        if (ncco.isEmpty()) {
            return Optional.of("the NCCO has no action");
        }
        for (int i = 0; i < ncco.size(); i++) {
            JsonNode action = ncco.get(i);
            if (!action.isObject()) {
                return Optional.of("action " + i + " is not an object");
            }
            String name = action.path("action").asText("");
            if (!REQUIRED.containsKey(name)) {
                return Optional.of("action " + i + " has unknown action '" + name + "'; known: "
                        + String.join(", ", REQUIRED.keySet().stream().sorted().toList()));
            }
            String required = REQUIRED.get(name);
            if (!required.isEmpty() && !action.has(required)) {
                return Optional.of("action " + i + " (" + name + ") has no " + required);
            }
        }
        return Optional.empty();
    }

    /** How long a played action lasts; empty when it holds the call (not played, or {@code loop: 0}). */
    static Optional<Duration> length(JsonNode action) {
        String name = action.path("action").asText();
        if (!PLAYED.contains(name)) {
            return Optional.empty();
        }
        int loop = action.path("loop").asInt(1);
        if (loop <= 0) {
            return Optional.empty();
        }
        Duration once = name.equals("talk")
                ? Duration.ofSeconds(Math.max(
                        1,
                        (action.path("text").asText().length() + TALK_CHARACTERS_PER_SECOND - 1)
                                / TALK_CHARACTERS_PER_SECOND))
                : STREAM_LENGTH;
        return Optional.of(once.multipliedBy(loop));
    }
}
