package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.Capability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** With one instance per class, Spring builds the context before {@code @BeforeAll}: the properties are bound then. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringJUnitConfig(NoBeans.class)
@NexmoMockProperties(
        baseUrl = "vonage.base-url",
        apiKey = "vonage.api-key",
        apiSecret = "vonage.api-secret",
        applicationId = "vonage.application-id",
        privateKey = "vonage.private-key",
        capabilities = Capability.VOICE)
class PerClassLifecycleTest {

    @Autowired
    Environment environment;

    int applicationReadBeforeAll;
    int usersListedBeforeAll;

    @BeforeAll
    void callTheMockBeforeAnyTest() {
        VonageProperties vonage = VonageProperties.of(environment);
        applicationReadBeforeAll = vonage.readApplication().statusCode();
        usersListedBeforeAll = vonage.listUsers().statusCode();
    }

    @Test
    void theBoundPropertiesWorkInBeforeAll() {
        assertThat(applicationReadBeforeAll).isEqualTo(200);
        assertThat(usersListedBeforeAll).isEqualTo(200);
    }
}
