package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stubs of the WireMock server nexmock runs, as far as a request filter can ask about them: whether any stub the
 * user added would match a request. Registered on nexmock's own server as an {@link ExtensionFactory}, which WireMock
 * calls once with its services; on a WireMock the user built, it is never called and nothing is known.
 */
final class UserStubs implements ExtensionFactory {

    private final AtomicReference<WireMockServices> services = new AtomicReference<>();

    @Override
    public List<Extension> create(WireMockServices services) {
        this.services.set(services);
        return List.of();
    }

    /**
     * Whether it is known that no stub matches {@code request}: this server's stubs were searched and none matched,
     * with the user's custom matchers too. False when a stub matches or the stubs are not known.
     */
    boolean noneMatch(Request request) {
        WireMockServices wireMock = services.get();
        if (wireMock == null) {
            return false;
        }
        return wireMock.getStores()
                .getStubStore()
                .findAllMatchingRequest(
                        request, wireMock.getExtensions().ofType(RequestMatcherExtension.class), event -> {})
                .findAny()
                .isEmpty();
    }
}
