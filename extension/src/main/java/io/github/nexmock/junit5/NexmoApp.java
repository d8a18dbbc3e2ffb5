package io.github.nexmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the application the extension creates for a test class: its name, capabilities, and whether each test
 * gets a fresh one. On a test method it gives that test its own application with these settings.
 * Without it, one application per test class (shared with its {@code @Nested} classes) named after the class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NexmoApp {

    /** The application name; empty means "nexmock " followed by the test class name. */
    String name() default "";

    /** The capabilities the application is created with. */
    Capability[] capabilities() default {};

    /** A fresh application (with fresh users) for every test of the class instead of one for the whole class. */
    boolean freshPerTest() default false;
}
