package io.github.nexmock.junit5.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoJwt;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.junit5.NexmoUser;
import io.github.nexmock.junit5.NexmoUserRef;
import io.github.nexmock.jwt.Acl;
import org.junit.jupiter.api.Test;

/** docs/junit.md's first example, as users would write it; surefire runs it like any test, so the page cannot drift from the API. */
// snippet:users-test
@NexmoTest
class UsersTest {

    @Test
    void aliceCanListTheUsersOfHerApplication(
            NexmoEnvironment nexmo,
            NexmoApplication app,
            @NexmoUser("alice") NexmoUserRef alice,
            @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String jwt) {
        // Point the code under test at nexmo.baseUrl(), app.id() and app.privateKeyPem(); here, the bundled client.
        assertThat(nexmo.apiClient().users(jwt))
                .extracting(user -> user.path("id").asText())
                .containsExactly(alice.id());
        assertThat(alice.applicationId()).isEqualTo(app.id());
    }
}
// end-snippet:users-test
