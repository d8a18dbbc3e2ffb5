package io.github.nexmock.samples.spring;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code vonage.*} properties, e.g. from {@code VONAGE_APPLICATION_ID}, {@code VONAGE_PRIVATE_KEY},
 * {@code VONAGE_API_KEY} and {@code VONAGE_API_SECRET} in the environment.
 *
 * @param applicationId the Vonage application whose users this backend serves
 * @param privateKey    that application's private key, PEM (PKCS#8, as Nexmo hands it out)
 * @param apiKey        the account's API key
 * @param apiSecret     the account's API secret
 * @param baseUrl       where the Vonage APIs are; empty for the SDK's own (the real platform)
 * @param tokenLifetime how long a client SDK token lives: Nexmo accepts 30 seconds to 24 hours
 */
@ConfigurationProperties("vonage")
public record VonageSettings(
        String applicationId,
        String privateKey,
        String apiKey,
        String apiSecret,
        URI baseUrl,
        @DefaultValue("PT15M") Duration tokenLifetime) {

    /** Never the secret or the key. */
    @Override
    public String toString() {
        return "VonageSettings[application " + applicationId + ", api key " + apiKey + ", base URL "
                + (baseUrl == null ? "the SDK's" : baseUrl) + "]";
    }
}
