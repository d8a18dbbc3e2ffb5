package io.github.nexmock.junit5;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import org.apache.http.impl.client.HttpClientBuilder;

/**
 * Builds Vonage Java SDK clients for a test. The only class of the extension that names the SDK's types: loaded only
 * once {@link VonageSdk} has found the SDK on the class path.
 */
final class VonageClients {

    private VonageClients() {}

    /**
     * A client with the account's key and secret and the application's id and private key. On the mock every base
     * URI of the SDK (API, REST, EU, video and the regional ones) is the mock's; on the real platform they are the
     * SDK's own, unless the extension was given another base URL. On a mock serving HTTPS the SDK's HTTP client
     * trusts the mock's CA ({@link NexmoEnvironment#sslContext()}).
     */
    static Object create(NexmoEnvironment environment, NexmoApplication application) {
        VonageClient.Builder client = VonageClient.builder()
                .apiKey(environment.apiKey())
                .apiSecret(environment.apiSecret())
                .applicationId(application.id())
                .privateKeyContents(application.privateKeyPem());
        if (environment.target() == NexmoTarget.MOCK || !environment.baseUrl().equals(BaseUrls.NEXMO)) {
            client.httpConfig(
                    HttpConfig.builder().baseUri(environment.baseUrl()).build());
        }
        if (environment.caCertificate().isPresent()) {
            // the SDK takes an Apache HttpClient 4 of your own: the one it would make, trusting the mock's CA
            client.httpClient(HttpClientBuilder.create()
                    .useSystemProperties()
                    .setSSLContext(environment.sslContext())
                    .disableRedirectHandling()
                    .build());
        }
        return client.build();
    }
}
