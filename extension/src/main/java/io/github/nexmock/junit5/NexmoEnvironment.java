package io.github.nexmock.junit5;

import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.server.NexmoMockServer;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the test talks to Nexmo: the API base URL and account credentials of the active target, to configure the
 * code under test (a Vonage SDK client, a backend), and the mock server itself on {@link NexmoTarget#MOCK}.
 */
public final class NexmoEnvironment {

    private final NexmoTarget target;
    private final URI baseUrl;
    private final String apiKey;
    private final String apiSecret;
    private final String signatureSecret;
    private final NexmoMockServer mockServer;
    private volatile NexmoApiClient apiClient;

    NexmoEnvironment(
            NexmoTarget target,
            URI baseUrl,
            String apiKey,
            String apiSecret,
            String signatureSecret,
            NexmoMockServer mockServer) {
        this.target = Objects.requireNonNull(target, "target");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
        this.signatureSecret = signatureSecret;
        this.mockServer = mockServer;
    }

    /** The active target: {@link NexmoTarget#MOCK} or {@link NexmoTarget#REAL}, never AUTO. */
    public NexmoTarget target() {
        return target;
    }

    /** The API base URL, such as {@code http://127.0.0.1:41234} or {@code https://api.nexmo.com}, without trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The account API key (Basic authentication of the Application API). */
    public String apiKey() {
        return apiKey;
    }

    /** The account API secret. */
    public String apiSecret() {
        return apiSecret;
    }

    /**
     * The account's signature secret, with which the mock signs the webhooks of applications that have
     * {@code signed_callbacks}: give it to the code under test that verifies them. Empty on the real platform, whose
     * secret is on the dashboard.
     */
    public Optional<String> signatureSecret() {
        return Optional.ofNullable(signatureSecret);
    }

    /** The in-process mock server, to add stubs or read its state and refusals; empty on the real platform. */
    public Optional<NexmoMockServer> mockServer() {
        return Optional.ofNullable(mockServer);
    }

    /**
     * A client for the Application and Users APIs at {@link #baseUrl()}, made on first use: tests on the mock mostly
     * never ask for it, and an HTTP client costs a thread and a noticeable part of a cold start.
     */
    public NexmoApiClient apiClient() {
        NexmoApiClient client = apiClient;
        if (client == null) {
            synchronized (this) {
                client = apiClient;
                if (client == null) {
                    client = new NexmoApiClient(baseUrl);
                    apiClient = client;
                }
            }
        }
        return client;
    }

    /** The target and base URL; never the secret. */
    @Override
    public String toString() {
        return "NexmoEnvironment[" + target + " at " + baseUrl + ", api key " + apiKey + "]";
    }
}
