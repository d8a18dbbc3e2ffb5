package io.github.nexmock.junit5;

import java.util.Locale;

/**
 * A capability of an application the extension creates, sent as an empty object under its name in the
 * {@code capabilities} of the Application API. For webhooks, give the whole object to
 * {@link NexmoExtension.Builder#capabilities(com.fasterxml.jackson.databind.JsonNode)}.
 */
public enum Capability {
    /** {@code voice}: calls. */
    VOICE,
    /** {@code rtc}: the client SDK (in-app voice and messaging). */
    RTC,
    /** {@code messages}: the Messages API. */
    MESSAGES,
    /** {@code vbc}: Vonage Business Communications. */
    VBC;

    /** The name the Application API uses for this capability. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
