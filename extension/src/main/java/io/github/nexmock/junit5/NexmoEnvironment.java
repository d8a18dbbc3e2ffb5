package io.github.nexmock.junit5;

import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.tls.HttpsTrust;
import java.net.URI;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Where the test talks to Nexmo: the API base URL and account credentials of the active target, to configure the
 * code under test (a Vonage SDK client, a backend), the mock server itself on {@link NexmoTarget#MOCK}, and, when the
 * mock serves HTTPS ({@link NexmoTest#https()}), what a client needs to trust it.
 */
public final class NexmoEnvironment {

    private final NexmoTarget target;
    private final URI baseUrl;
    private final String apiKey;
    private final String apiSecret;
    private final String signatureSecret;
    private final NexmoMockServer mockServer;
    private final HttpsTrust httpsTrust;
    private volatile NexmoApiClient apiClient;
    private volatile SSLContext sslContext;

    NexmoEnvironment(
            NexmoTarget target,
            URI baseUrl,
            String apiKey,
            String apiSecret,
            String signatureSecret,
            NexmoMockServer mockServer,
            HttpsTrust httpsTrust) {
        this.target = Objects.requireNonNull(target, "target");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
        this.signatureSecret = signatureSecret;
        this.mockServer = mockServer;
        this.httpsTrust = httpsTrust;
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
     * The TLS context for clients of {@link #baseUrl()}: on a mock serving HTTPS, one that trusts the mock's CA and
     * nothing else ({@code HttpClient.newBuilder().sslContext(nexmo.sslContext())}); otherwise the JVM's default.
     */
    public SSLContext sslContext() {
        SSLContext context = sslContext;
        if (context == null) {
            try {
                context = httpsTrust != null ? httpsTrust.sslContext() : SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this JVM has no default TLS context", e);
            }
            sslContext = context;
        }
        return context;
    }

    /**
     * On a mock serving HTTPS, a PKCS#12 trust store holding its CA certificate (password {@value
     * HttpsTrust#TRUST_STORE_PASSWORD}), for clients configured by path ({@code javax.net.ssl.trustStore}); else empty.
     */
    public Optional<Path> trustStore() {
        return Optional.ofNullable(httpsTrust).map(HttpsTrust::trustStore);
    }

    /**
     * On a mock serving HTTPS, its CA certificate as a PEM file (for a child process: Node's {@code
     * NODE_EXTRA_CA_CERTS}, Python's {@code REQUESTS_CA_BUNDLE}, curl's {@code --cacert}); else empty.
     */
    public Optional<Path> caCertificate() {
        return Optional.ofNullable(httpsTrust).map(HttpsTrust::caCertificate);
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
                    client = httpsTrust != null
                            ? new NexmoApiClient(baseUrl, sslContext())
                            : new NexmoApiClient(baseUrl);
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
