package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.auth.RejectionLog;
import io.github.nexmock.auth.WarningLog;
import io.github.nexmock.catalogue.CatalogueLog;
import io.github.nexmock.http.NexmockOptions;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.ApplicationNotFoundException;
import io.github.nexmock.state.UserFields;
import java.net.URI;
import java.util.Collection;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-process mock: one server per clock and verification policy for the whole test run, kept in the root store
 * and closed when the run ends. Applications and users are made directly in its state, with no HTTP round trip.
 */
final class MockPlatform implements Platform, AutoCloseable {

    private final NexmoMockServer server;
    private final NexmoEnvironment environment;

    private MockPlatform(NexmoMockServer server) {
        this.server = server;
        this.environment = new NexmoEnvironment(
                NexmoTarget.MOCK, URI.create(server.baseUrl()), server.apiKey(), server.apiSecret(), server);
    }

    /** The run's mock for these options, started on first use. */
    static MockPlatform of(ExtensionContext context, NexmockOptions options) {
        return Stores.root(context).getOrComputeIfAbsent(new Key(options), MockPlatform::start, MockPlatform.class);
    }

    private static MockPlatform start(Key key) {
        return new MockPlatform(
                NexmoMockServer.builder().options(key.options()).build().start());
    }

    @Override
    public NexmoEnvironment environment() {
        return environment;
    }

    /** The requests the mock refused, with their reasons. */
    RejectionLog rejections() {
        return server.rejections();
    }

    /** The requests the mock accepted with tokens that are probably mistakes. */
    WarningLog warnings() {
        return server.warnings();
    }

    /** The requests the mock's catalogue of described operations answered because no stub matched them. */
    CatalogueLog catalogueAnswers() {
        return server.catalogueAnswers();
    }

    @Override
    public String createApplication(String name, JsonNode capabilities, String publicKeyPem) {
        return server.state()
                .createApplication(new ApplicationFields(name, capabilities, null, publicKeyPem))
                .id();
    }

    @Override
    public String createUser(NexmoApplication application, String name) {
        return server.state()
                .createUser(application.id(), UserFields.named(name))
                .id();
    }

    @Override
    public void delete(NexmoApplication application, Collection<NexmoUserRef> users) {
        try {
            server.state().deleteApplication(application.id());
        } catch (ApplicationNotFoundException alreadyDeletedByTheTest) {
            // nothing left to clean up
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private record Key(NexmockOptions options) {}
}
