package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(NoBeans.class)
@NexmoMockProperties(
        baseUrl = "vonage.base-url",
        apiKey = "vonage.api-key",
        apiSecret = "vonage.api-secret",
        applicationId = "vonage.application-id",
        privateKey = "vonage.private-key",
        capabilities = Capability.MESSAGES)
class NestedClassTest {

    @Autowired
    NexmoApplication application;

    @Test
    void theOuterClassHasTheApplication() {
        assertThat(application.capabilities().has("messages")).isTrue();
    }

    @Nested
    class InheritingTheConfiguration {

        @Autowired
        NexmoApplication nestedApplication;

        @Autowired
        Environment environment;

        @Test
        void sharesTheEnclosingClassesContextAndItsApplication() {
            VonageProperties vonage = VonageProperties.of(environment);

            assertThat(nestedApplication.id()).isEqualTo(application.id()).isEqualTo(vonage.applicationId());
            assertThat(vonage.readApplication().statusCode()).isEqualTo(200);
            assertThat(vonage.listUsers().statusCode()).isEqualTo(200);
        }
    }
}
