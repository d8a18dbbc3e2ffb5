package io.github.nexmock.spring;

import io.github.nexmock.junit5.Capability;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test's application context an in-process Nexmo mock with an application on it, and sets the
 * properties named here to the mock's values before the context refreshes, so the code under test is configured for
 * the mock by its own properties, with no {@code @DynamicPropertySource}:
 *
 * <pre>
 * {@literal @}SpringBootTest
 * {@literal @}NexmoMockProperties(baseUrl = "vonage.base-url", apiKey = "vonage.api-key",
 *         apiSecret = "vonage.api-secret", applicationId = "vonage.application-id", privateKey = "vonage.private-key")
 * class ChatBackendTest { ... }
 * </pre>
 *
 * Each context Spring builds for such a class gets a mock and an application of its own, which live exactly as long as
 * the context: classes that share a cached context share its application, and closing the context (at the end of the
 * run, by {@code @DirtiesContext} or when the context cache evicts it) deletes the application and stops the mock. The
 * context also holds the {@code NexmoEnvironment} and {@code NexmoApplication} as beans, for tests to autowire. Found
 * on superclasses and, as Spring's test configuration is, on the classes enclosing a {@code @Nested} class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NexmoMockProperties {

    /** The properties set to the mock's API base URL, such as {@code http://127.0.0.1:41234}. */
    String[] baseUrl() default {};

    /** The properties set to the mock account's API key. */
    String[] apiKey() default {};

    /** The properties set to the mock account's API secret. */
    String[] apiSecret() default {};

    /** The properties set to the application's id. */
    String[] applicationId() default {};

    /** The properties set to the application's private key, PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    String[] privateKey() default {};

    /** The properties set to the mock account's signature secret, which signs the webhooks the mock sends. */
    String[] signatureSecret() default {};

    /** The capabilities the application is created with. */
    Capability[] capabilities() default {};
}
