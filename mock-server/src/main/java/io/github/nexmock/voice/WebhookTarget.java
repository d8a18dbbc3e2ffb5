package io.github.nexmock.voice;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a webhook is sent: the URL, {@code GET} (payload in the query string) or {@code POST} (JSON body),
 * and the application's {@code connection_timeout} and {@code socket_timeout}.
 *
 * @param url               an absolute http or https URL
 * @param method            {@code GET} or {@code POST}
 * @param connectionTimeout how long to wait for the connection
 * @param socketTimeout     how long to wait for the answer once connected
 */
public record WebhookTarget(String url, String method, Duration connectionTimeout, Duration socketTimeout) {

    /** Checks the members. */
    public WebhookTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        if (!"GET".equals(method) && !"POST".equals(method)) {
            throw new IllegalArgumentException("webhook method must be GET or POST, was " + method);
        }
    }
}
