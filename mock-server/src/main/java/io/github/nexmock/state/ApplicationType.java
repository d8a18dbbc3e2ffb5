package io.github.nexmock.state;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An application {@code type} of the Application API v1, which nexmo-cli's {@code --type} also takes: a product with
 * the webhooks v1 gives it, in the order of v1's schema, each with the method v1 uses when none is given (source:
 * application.json 1.0.2, {@code answer_method}, {@code event_method}, ...). The one table the v1 API and
 * {@code app:create} share; declared in the order v1 lists products.
 */
public enum ApplicationType {
    /** {@code voice}: an answer webhook (GET) and an event webhook (POST). */
    VOICE("answer_url", "GET", "event_url", "POST"),
    /** {@code messages}: an inbound webhook and a status webhook, both POST. */
    MESSAGES("inbound_url", "POST", "status_url", "POST"),
    /** {@code rtc}: an event webhook (POST). */
    RTC("event_url", "POST");

    private final Map<String, String> webhooks;

    ApplicationType(String... namesAndMethods) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMethods.length; i += 2) {
            ordered.put(namesAndMethods[i], namesAndMethods[i + 1]);
        }
        this.webhooks = Collections.unmodifiableMap(ordered);
    }

    /** The name the APIs use, e.g. {@code voice}: also the capability it stands for in v2. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Each webhook's name (e.g. {@code answer_url}) with its default method, in v1's order. */
    public Map<String, String> webhooks() {
        return webhooks;
    }

    /** The type the API names {@code apiName} (exactly, lower case), if any. */
    public static Optional<ApplicationType> named(String apiName) {
        return Arrays.stream(values()).filter(t -> t.apiName().equals(apiName)).findFirst();
    }
}
