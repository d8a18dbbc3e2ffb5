package io.github.nexmock.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.vonage.client.VonageClient;
import com.vonage.client.users.User;
import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.spring.NexmoMockProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * {@code @Autowired} fields next to {@code @NexmoTest} keep what Spring put there: the {@code VonageClient} is the
 * application's own bean (the one {@link VonageConfiguration} builds from the {@code vonage.*} properties that
 * {@code @NexmoMockProperties} binds), so that is what the test exercises; nexmock's own client is there for the asking
 * as a parameter.
 */
@NexmoTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@NexmoMockProperties(
        baseUrl = "vonage.base-url",
        apiKey = "vonage.api-key",
        apiSecret = "vonage.api-secret",
        applicationId = "vonage.application-id",
        privateKey = "vonage.private-key",
        capabilities = Capability.RTC)
class AutowiredClientTest {

    // snippet:autowired-client
    @Autowired
    VonageClient vonage; // the application's own bean

    @Autowired
    NexmoEnvironment nexmo;

    @Autowired
    NexmoApplication app;

    @Test
    void theAutowiredFieldHoldsTheApplicationsBean(ApplicationContext context, VonageClient nexmocksClient) {
        assertThat(vonage).isSameAs(context.getBean(VonageClient.class));
        assertThat(nexmocksClient).isNotSameAs(vonage);
    }
    // end-snippet:autowired-client

    @Test
    void theAutowiredEnvironmentIsTheContextsMock(ApplicationContext context) {
        assertThat(nexmo).isSameAs(context.getBean(NexmoEnvironment.class));
        assertThat(app).isSameAs(context.getBean(NexmoApplication.class));
    }

    @Test
    void theApplicationsBeanWorksAgainstTheMockWithTheContextsApplication() {
        User carol =
                vonage.getUsersClient().createUser(User.builder().name("carol").build());

        assertThat(nexmo.mockServer().orElseThrow().state().users(app.id()))
                .extracting(user -> user.id())
                .contains(carol.getId());
    }
}
