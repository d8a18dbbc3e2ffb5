package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.client.NexmoApiException;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.NexmoJwts;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real platform, or any server that speaks its API, reached over HTTP with the account's credentials
 * (applications) and application tokens (users).
 */
final class RealPlatform implements Platform {

    private final ApiCredentials credentials;
    private final NexmoEnvironment environment;
    private final NexmoApiClient api;

    private RealPlatform(ApiCredentials credentials, URI baseUrl) {
        this.credentials = credentials;
        this.environment = new NexmoEnvironment(
                NexmoTarget.REAL, baseUrl, credentials.apiKey(), credentials.apiSecret(), null, null, null);
        this.api = environment.apiClient();
    }

    /** The run's client of the platform at {@code baseUrl} with these credentials. */
    static RealPlatform of(ExtensionContext context, ApiCredentials credentials, URI baseUrl) {
        return Stores.root(context)
                .getOrComputeIfAbsent(
                        new Key(credentials, baseUrl),
                        key -> new RealPlatform(key.credentials(), key.baseUrl()),
                        RealPlatform.class);
    }

    @Override
    public NexmoEnvironment environment() {
        return environment;
    }

    @Override
    public String createApplication(String name, JsonNode capabilities, String publicKeyPem) {
        return api.createApplication(credentials.apiKey(), credentials.apiSecret(), name, publicKeyPem, capabilities)
                .path("id")
                .asText();
    }

    @Override
    public String createUser(NexmoApplication application, String name) {
        return api.createUser(
                        applicationToken(application),
                        JsonNodeFactory.instance.objectNode().put("name", name))
                .path("id")
                .asText();
    }

    /** Deletes the users, then the application; tries every deletion and reports all that failed. */
    @Override
    public void delete(NexmoApplication application, Collection<NexmoUserRef> users) {
        List<RuntimeException> failures = new ArrayList<>();
        String token = applicationToken(application);
        for (NexmoUserRef user : users) {
            deleteQuietlyIfGone(() -> api.deleteUser(token, user.id()), failures);
        }
        deleteQuietlyIfGone(
                () -> api.deleteApplication(credentials.apiKey(), credentials.apiSecret(), application.id()), failures);
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException(
                    "could not delete everything nexmock created in " + application + " at " + environment.baseUrl()
                            + "; delete it by hand: " + failures.get(0).getMessage());
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private static void deleteQuietlyIfGone(Runnable deletion, List<RuntimeException> failures) {
        try {
            deletion.run();
        } catch (NexmoApiException failure) {
            if (failure.status() != 404) {
                failures.add(failure);
            }
        }
    }

    /** A token for the platform's own calls, on the system clock whatever the tests' clock is. */
    private static String applicationToken(NexmoApplication application) {
        return NexmoJwts.builder()
                .applicationId(application.id())
                .privateKey(application.privateKey())
                .sign();
    }

    private record Key(ApiCredentials credentials, URI baseUrl) {}
}
