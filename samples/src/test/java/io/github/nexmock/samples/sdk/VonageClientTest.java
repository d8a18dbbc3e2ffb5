package io.github.nexmock.samples.sdk;

// snippet:vonage-client
import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.users.User;
import io.github.nexmock.junit5.NexmoTest;
import org.junit.jupiter.api.Test;

/** A test that only declares a VonageClient: the SDK comes configured for the mock. */
@NexmoTest
class VonageClientTest {

    @Test
    void createsAnApplicationAndAUser(VonageClient vonage) {
        Application chat = vonage.getApplicationClient()
                .createApplication(Application.builder().name("chat").build());
        User alice =
                vonage.getUsersClient().createUser(User.builder().name("alice").build());

        assertThat(chat.getKeys().getPrivateKey()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(vonage.getUsersClient().getUser(alice.getId()).getName()).isEqualTo("alice");
        vonage.getApplicationClient().deleteApplication(chat.getId().toString());
    }
}
// end-snippet:vonage-client
