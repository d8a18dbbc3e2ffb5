package io.github.nexmock.junit5;

import java.util.Locale;

/**
 * A capability of the application a test gets ({@link NexmoApp#capabilities()},
 * {@link NexmoExtension.Builder#capabilities(Capability...)}), named in its {@code capabilities} object as Nexmo's
 * Application API v2 description (2.1.4) lists them, plus {@code vbc}. The mock itself reads the names the API
 * receives, and keeps members it does not know unchecked.
 */
public enum Capability {
    /** {@code voice}: calls. */
    VOICE,
    /** {@code rtc}: the client SDK (in-app voice and messaging). */
    RTC,
    /** {@code messages}: the Messages API. */
    MESSAGES,
    /** {@code vbc}: Vonage Business Communications; always an empty object. */
    VBC,
    /** {@code verify}: Verify v2 status webhooks. */
    VERIFY,
    /** {@code meetings}: Meetings API webhooks. */
    MEETINGS,
    /** {@code network_apis}: Network APIs. */
    NETWORK_APIS;

    /** The name the Application API uses for this capability, e.g. {@code network_apis}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
