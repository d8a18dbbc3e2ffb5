package io.github.nexmock.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.client.VonageClient;
import com.vonage.client.users.User;
import io.github.nexmock.junit5.NexmoApp;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.state.Capability;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An {@code @Autowired VonageClient} next to {@code @NexmoTest} keeps the application's own bean (the one
 * {@link VonageConfiguration} builds from the {@code vonage.*} properties), so that is what the test exercises; nexmock's
 * own client is there for the asking as a parameter.
 */
@NexmoTest
@NexmoApp(capabilities = Capability.RTC)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AutowiredClientTest {

    static NexmoEnvironment nexmo;
    static NexmoApplication app;

    @DynamicPropertySource
    static void vonageSettings(DynamicPropertyRegistry properties) {
        properties.add("vonage.base-url", () -> nexmo.baseUrl());
        properties.add("vonage.api-key", () -> nexmo.apiKey());
        properties.add("vonage.api-secret", () -> nexmo.apiSecret());
        properties.add("vonage.application-id", () -> app.id());
        properties.add("vonage.private-key", () -> app.privateKeyPem());
    }

    @Autowired
    VonageClient vonage;

    @Test
    void theAutowiredFieldHoldsTheApplicationsBean(ApplicationContext context, VonageClient nexmocksClient) {
        assertThat(vonage).isSameAs(context.getBean(VonageClient.class));
        assertThat(nexmocksClient).isNotSameAs(vonage);
    }

    @Test
    void theApplicationsBeanWorksAgainstTheMockWithTheTestsApplication() {
        User carol =
                vonage.getUsersClient().createUser(User.builder().name("carol").build());

        assertThat(nexmo.mockServer().orElseThrow().state().users(app.id()))
                .extracting(user -> user.id())
                .contains(carol.getId());
    }
}
