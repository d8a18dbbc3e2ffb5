package io.github.nexmock.samples;

// snippet:quick-start
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoJwt;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.junit5.NexmoToken;
import io.github.nexmock.junit5.NexmoUser;
import io.github.nexmock.junit5.NexmoUserRef;
import io.github.nexmock.junit5.TokenDefect;
import io.github.nexmock.jwt.Acl;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** An application, a user and its tokens, injected; plain JDK HTTP to the mock. */
@NexmoTest
class QuickStartTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aUsersClientSdkTokenReadsThatUser(
            NexmoEnvironment nexmo,
            @NexmoUser("alice") NexmoUserRef alice,
            @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) NexmoToken token)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(nexmo.baseUrl().resolve("/v1/users/" + alice.id()))
                .header("Authorization", token.authorizationHeader())
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"alice\"");
    }

    @Test
    void anExpiredTokenIsRefusedWithItsReason(
            NexmoEnvironment nexmo, @NexmoJwt(defect = TokenDefect.EXPIRED) NexmoToken token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(nexmo.baseUrl().resolve("/v1/users"))
                .header("Authorization", token.authorizationHeader())
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("system:error:expired-token");
    }
}
// end-snippet:quick-start
