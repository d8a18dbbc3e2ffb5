package io.github.nexmock.voice;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The statuses of a call leg, as the Voice API call-flow guide's event objects name them
 * (developer.vonage.com/en/voice/voice-api/guides/call-flow#event-objects) and voice.json 1.3.10 lists them for the
 * {@code status} filter. A call ends in {@link #COMPLETED} or in one of the failures.
 */
public enum CallStatus {
    /** Vonage has created the call leg. */
    STARTED,
    /** The destination is ringing. */
    RINGING,
    /** The destination answered; the NCCO runs. */
    ANSWERED,
    /** Machine detection found a voicemail. */
    MACHINE,
    /** The call ended after it was answered. */
    COMPLETED,
    /** The destination was busy. */
    BUSY,
    /** The caller hung up before it was answered. */
    CANCELLED,
    /** The call could not be made, or its NCCO could not be had. */
    FAILED,
    /** The destination refused the call. */
    REJECTED,
    /** It rang longer than {@code ringing_timer}. */
    TIMEOUT,
    /** The destination did not answer. */
    UNANSWERED;

    /** The name in event webhooks and the API, e.g. {@code completed}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the call is over in this status. */
    public boolean isEnd() {
        return this != STARTED && this != RINGING && this != ANSWERED && this != MACHINE;
    }

    /** Whether the call is over without having been answered. */
    public boolean isFailure() {
        return isEnd() && this != COMPLETED;
    }

    /**
     * The status the API names {@code apiName}.
     *
     * @throws IllegalArgumentException naming the statuses otherwise
     */
    public static CallStatus fromApiName(String apiName) {
        return Arrays.stream(values())
                .filter(status -> status.apiName().equals(apiName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of "
                        + Arrays.stream(values()).map(CallStatus::apiName).collect(Collectors.joining(", "))
                        + ", got '" + apiName + "'"));
    }
}
