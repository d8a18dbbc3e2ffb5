package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.engine.JupiterTestEngine;

/**
 * The module's tests run twice (see its pom): on the build's JUnit and on the one Spring Boot's BOM brings. This checks
 * that each run has the JUnit it is meant to, so a class path mistake cannot make both runs test the same one.
 */
class JUnitVersionTest {

    @Test
    void runsOnTheJUnitOfThisTestRun() {
        String expected = System.getProperty("nexmock.test.junit-version");
        assumeTrue(expected != null, "nexmock.test.junit-version is set by the module's surefire runs");

        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected);
        assertThat(new JupiterTestEngine().getVersion()).contains(expected);
    }
}
