package io.github.nexmock.samples.spring;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Vonage SDK client and the clock of the tokens, as beans. */
@Configuration(proxyBeanMethods = false)
class VonageConfiguration {

    /** The SDK with the account's and the application's credentials, at {@code vonage.base-url} when it is set. */
    @Bean
    VonageClient vonageClient(VonageSettings settings) {
        VonageClient.Builder client = VonageClient.builder()
                .apiKey(settings.apiKey())
                .apiSecret(settings.apiSecret())
                .applicationId(settings.applicationId())
                .privateKeyContents(settings.privateKey());
        if (settings.baseUrl() != null) {
            client.httpConfig(HttpConfig.builder().baseUri(settings.baseUrl()).build());
        }
        return client.build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
