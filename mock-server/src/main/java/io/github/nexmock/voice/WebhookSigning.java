package io.github.nexmock.voice;

import java.util.Objects;

/**
 * Who signs a webhook: the account's api_key (the {@code api_key} claim says whose secret signed it), its signature
 * secret, and the application the webhook is for.
 *
 * @param apiKey          the account's api_key
 * @param secret          the account's signature secret; never logged, never in {@link #toString()}
 * @param applicationId   the application, for the {@code application_id} claim
 */
public record WebhookSigning(String apiKey, String secret, String applicationId) {

    /** Checks the members. */
    public WebhookSigning {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(applicationId, "applicationId");
    }

    /** The api_key and application, never the secret. */
    @Override
    public String toString() {
        return "WebhookSigning[apiKey=" + apiKey + ", secret=****, applicationId=" + applicationId + "]";
    }
}
