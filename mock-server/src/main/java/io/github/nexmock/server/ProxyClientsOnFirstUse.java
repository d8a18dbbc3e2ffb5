package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock's HTTP clients for proxied stubs, each built at its first proxied request rather than while the server
 * starts. WireMock builds two Apache clients with their TLS contexts and the JDK's trust store at every start, which
 * is about a fifth of a cold start and which nexmock's own APIs never use; a user's {@code proxiedFrom} stub gets the
 * same clients, built when it first proxies (WireMock's {@code LazyHttpClient} keeps the first one it stores).
 */
final class ProxyClientsOnFirstUse implements HttpClientFactory {

    private final HttpClientFactory clients;

    ProxyClientsOnFirstUse() {
        this(new ApacheHttpClientFactory());
    }

    ProxyClientsOnFirstUse(HttpClientFactory clients) {
        this.clients = clients;
    }

    @Override
    public HttpClient buildHttpClient(
            Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) {
        return new LazyHttpClient(
                () -> clients.buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties));
    }
}
