package io.github.nexmock.spring;

import io.github.nexmock.junit5.MockSession;
import java.util.Locale;
import java.util.function.Function;

/**
 * A value of the mock a property can be set to, with the attribute of {@link NexmoMockProperties} that names those
 * properties. Binding another value takes one attribute there and one constant here.
 */
enum MockValue {
    BASE_URL(
            NexmoMockProperties::baseUrl,
            session -> session.environment().baseUrl().toString()),
    API_KEY(NexmoMockProperties::apiKey, session -> session.environment().apiKey()),
    API_SECRET(NexmoMockProperties::apiSecret, session -> session.environment().apiSecret()),
    APPLICATION_ID(
            NexmoMockProperties::applicationId, session -> session.application().id()),
    PRIVATE_KEY(
            NexmoMockProperties::privateKey, session -> session.application().privateKeyPem()),
    SIGNATURE_SECRET(
            NexmoMockProperties::signatureSecret,
            session -> session.environment().signatureSecret().orElseThrow());

    private final Function<NexmoMockProperties, String[]> propertyNames;
    private final Function<MockSession, String> value;

    MockValue(Function<NexmoMockProperties, String[]> propertyNames, Function<MockSession, String> value) {
        this.propertyNames = propertyNames;
        this.value = value;
    }

    /** The names of the properties the annotation sets to this value. */
    String[] propertyNames(NexmoMockProperties annotation) {
        return propertyNames.apply(annotation);
    }

    /** The name of the annotation attribute that names this value's properties, such as {@code baseUrl}. */
    String attribute() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder attribute = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            attribute.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return attribute.toString();
    }

    /** This value in {@code session}. */
    String of(MockSession session) {
        return value.apply(session);
    }
}
