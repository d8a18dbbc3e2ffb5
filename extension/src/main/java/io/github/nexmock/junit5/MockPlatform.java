package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.catalogue.CatalogueLog;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.jwt.WarningLog;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.ApplicationNotFoundException;
import io.github.nexmock.state.UserFields;
import io.github.nexmock.voice.DeliveryLog;
import java.net.URI;
import java.util.Collection;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-process mock: one server per clock and verification policy (and one over HTTPS, when asked for) for the
 * whole test run, kept in the root store and closed when the run ends. Applications and users are made directly in its
 * state, with no HTTP round trip.
 */
final class MockPlatform implements Platform, StoreResource {

    private final NexmoMockServer server;
    private final NexmoEnvironment environment;

    private MockPlatform(NexmoMockServer server) {
        this.server = server;
        this.environment = new NexmoEnvironment(
                NexmoTarget.MOCK,
                URI.create(server.baseUrl()),
                server.apiKey(),
                server.apiSecret(),
                server.signatureSecret(),
                server,
                server.httpsTrust().orElse(null));
    }

    /**
     * The run's mock for these options, started on first use; with {@code https} it serves HTTPS only, with the
     * certificate of this JVM's own CA (made in milliseconds, in a temporary directory that goes with the JVM): the
     * tests' clients trust it through {@link NexmoEnvironment#sslContext()}, so no CA needs to outlive the run.
     */
    static MockPlatform of(ExtensionContext context, NexmockOptions options, boolean https) {
        return Stores.root(context)
                .getOrComputeIfAbsent(
                        new Key(options, https), key -> start(key.options(), key.https()), MockPlatform.class);
    }

    /** A mock of its own with these options (HTTPS only with {@code https}), started now; its owner closes it. */
    static MockPlatform start(NexmockOptions options, boolean https) {
        NexmoMockServer.Builder server = NexmoMockServer.builder().options(options);
        if (https) {
            server.httpsPort(0).httpsOnly();
        }
        return new MockPlatform(server.build().start());
    }

    @Override
    public NexmoEnvironment environment() {
        return environment;
    }

    /** The requests the mock refused, with their reasons. */
    RejectionLog rejections() {
        return server.rejections();
    }

    /** The webhooks the mock sent, each attempt. */
    DeliveryLog deliveries() {
        return server.webhooks().log();
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

    private record Key(NexmockOptions options, boolean https) {}
}
