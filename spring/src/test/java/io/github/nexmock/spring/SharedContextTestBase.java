package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The configuration two test classes share, so Spring's context cache hands the second the context it built for the
 * first: the application bound in it must still exist then (with {@code @NexmoTest} and {@code @DynamicPropertySource}
 * it did not: the extension deleted the first class's application while the cached context kept its id).
 */
@SpringJUnitConfig(NoBeans.class)
@NexmoMockProperties(
        baseUrl = "vonage.base-url",
        apiKey = "vonage.api-key",
        apiSecret = "vonage.api-secret",
        applicationId = "vonage.application-id",
        privateKey = "vonage.private-key")
abstract class SharedContextTestBase {

    private static final Set<ApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void getsAContextWhoseApplicationExistsAndWhoseCredentialsWork() {
        CONTEXTS.add(context);
        assertThat(CONTEXTS)
                .as("the context of every class of this configuration")
                .containsExactly(context);

        VonageProperties vonage = VonageProperties.of(environment);
        assertThat(vonage.readApplication().statusCode()).isEqualTo(200);
        assertThat(vonage.listUsers().statusCode()).isEqualTo(200);
    }
}
