package io.github.nexmock.coldstart;

import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoJwt;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.junit5.NexmoUser;
import io.github.nexmock.junit5.NexmoUserRef;
import io.github.nexmock.jwt.Acl;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same call with nexmock: an application, a user and a client SDK JWT injected, the JWT verified by the mock. */
@NexmoTest
class NexmoMockTest {

    @Test
    void readsUserWithClientToken(NexmoApplication app, @NexmoUser("alice") NexmoUserRef alice,
                                  @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String jwt,
                                  NexmoEnvironment nexmo) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(nexmo.baseUrl().resolve("/v1/users/" + alice.id()))
                        .header("Authorization", "Bearer " + jwt).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
    }
}
