package io.github.nexmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class with the nexmock extension: parameters and fields of type {@link NexmoEnvironment} and
 * {@link NexmoApplication}, {@link NexmoUser @NexmoUser} users and {@link NexmoJwt @NexmoJwt} tokens are injected.
 * For options register a {@link NexmoExtension} with {@code @RegisterExtension}; a class that does both gets that one.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(NexmoExtension.class)
public @interface NexmoTest {

    /** Where the tests run; the {@code nexmock.target} system property overrides it. */
    NexmoTarget target() default NexmoTarget.MOCK;

    /**
     * Fails a test when the mock accepted one of its application's tokens with a warning (a token Nexmo accepts but
     * that is probably a mistake, such as an {@code exp} more than 24 h after {@code iat}). Off unless set here, by
     * {@link NexmoExtension.Builder#failOnWarning()} or by the {@code nexmock.fail-on-warning=true} configuration
     * parameter.
     */
    boolean failOnWarning() default false;

    /**
     * Serves the mock over HTTPS only ({@link NexmoEnvironment#baseUrl()} {@code https://127.0.0.1:PORT}, trusted by
     * {@link NexmoEnvironment#sslContext()} and an injected {@code VonageClient}), for code that insists on TLS. Off
     * unless set here, by {@link NexmoExtension.Builder#https()} or by the {@code nexmock.https=true} configuration
     * parameter. No effect on the real platform, which is HTTPS anyway.
     */
    boolean https() default false;
}
