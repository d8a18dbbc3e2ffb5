package io.github.nexmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a {@link NexmoUserRef} for the user of this name in the test's application, created before the test
 * when it does not exist yet. Users live as long as their application: per class unless it is fresh per test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface NexmoUser {

    /** The user name, unique within the application (the {@code sub} of that user's client SDK tokens). */
    String value();
}
