package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;

/** The active target as the extension uses it: where applications and users are created and deleted. */
sealed interface Platform permits MockPlatform, RealPlatform {

    /** What tests see of this target. */
    NexmoEnvironment environment();

    /**
     * Creates an application with the public half of a key pair the extension holds and a {@code capabilities} object
     * ({@code null} for none); returns its id.
     */
    String createApplication(String name, JsonNode capabilities, String publicKeyPem);

    /** Creates a user in {@code application}; returns its id. */
    String createUser(NexmoApplication application, String name);

    /** Deletes {@code application} and the {@code users} the extension created in it; already-gone ones are fine. */
    void delete(NexmoApplication application, Collection<NexmoUserRef> users);
}
