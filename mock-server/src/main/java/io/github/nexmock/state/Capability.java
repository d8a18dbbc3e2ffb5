package io.github.nexmock.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A capability of an application, named in its {@code capabilities} object as Nexmo's Application API v2
 * description (2.1.4) lists them, plus {@code vbc}. The one list the APIs, the command line and the JUnit extension
 * share; an application may still carry members not listed here, which the mock keeps unchecked.
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

    /** Whether the Application API v1 takes it as an application {@code type}: voice, rtc and messages only. */
    public boolean isVersion1Type() {
        return this == VOICE || this == RTC || this == MESSAGES;
    }

    /** The capability the Application API names {@code apiName} (exactly, lower case), if any. */
    public static Optional<Capability> named(String apiName) {
        return Arrays.stream(values()).filter(c -> c.apiName().equals(apiName)).findFirst();
    }
}
