package io.github.nexmock.samples.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.client.VonageClient;
import com.vonage.client.application.Application;
import com.vonage.client.users.User;
import io.github.nexmock.junit5.NexmoTest;
import org.junit.jupiter.api.Test;

/** README "The Vonage Java SDK, ready to use": a test that only declares a VonageClient. */
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
