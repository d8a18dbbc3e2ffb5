package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestEngine;

/**
 * Each surefire execution swaps in a JUnit version and names it in {@code nexmock.test.jupiter-version}: this checks
 * the suite really runs on it, so a green build on "5.10" is not a green build on 5.14 twice.
 */
class JupiterVersionTest {

    private static final String EXPECTED = System.getProperty("nexmock.test.jupiter-version");

    @Test
    void theJupiterEngineAndApiOnTheClassPathAreTheOnesThisExecutionNames() {
        assertThat(EXPECTED)
                .as("nexmock.test.jupiter-version, set by the surefire execution")
                .isNotBlank();
        TestEngine jupiter = ServiceLoader.load(TestEngine.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(engine -> engine.getId().equals("junit-jupiter"))
                .findFirst()
                .orElseThrow();

        assertThat(jupiter.getVersion()).contains(EXPECTED);
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(EXPECTED);
    }
}
