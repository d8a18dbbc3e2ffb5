/**
 * nexmock for Spring's test framework: {@link io.github.nexmock.spring.NexmoMockProperties} on a test class gives its
 * application context a Nexmo mock and an application, bound to the properties the class names, for as long as the
 * context lives; a failed test's report lists the requests that mock refused while it ran. Needs Spring Framework 6
 * (Spring Boot 3) on the test class path. Part of nexmock's API.
 */
package io.github.nexmock.spring;
