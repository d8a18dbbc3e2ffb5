package io.github.nexmock.junit5;

import static io.github.nexmock.junit5.RefusalReportTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * Warnings about tokens Nexmo accepts but that are probably mistakes (here a 25 h lifetime, which support article
 * 360000958407 says Nexmo honours for 24 h): in a failed test's report, and failing the test when asked.
 */
class WarningReportTest {

    @Test
    void addsTheWarningsOfAFailedTestToItsReport() {
        Throwable failure = Engine.outcomeOf(Engine.run(Warned.class), "failsAfterAWarning(NexmoEnvironment, String)");

        assertThat(failure).hasMessage("the backend could not list users");
        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith("the Nexmo mock accepted with warnings 1 request with this test's application:\n")
                .contains("\n  GET /v1/users: EXP_BEYOND_24_HOURS - exp is 90000 s after iat"));
    }

    @Test
    void leavesAWarnedTestPassingUnlessAsked() {
        Engine.run(Warned.class).testEvents().assertStatistics(stats -> stats.succeeded(1)
                .failed(1));
    }

    @Test
    void failsAWarnedTestWhenTheAnnotationAsks() {
        assertFailsOnWarning(Engine.run(StrictByAnnotation.class));
    }

    @Test
    void failsAWarnedTestWhenTheBuilderAsks() {
        assertFailsOnWarning(Engine.run(StrictByBuilder.class));
    }

    @Test
    void failsAWarnedTestWhenTheConfigurationParameterAsks() {
        assertFailsOnWarning(Engine.run(Map.of("nexmock.fail-on-warning", "true"), Lenient.class));
    }

    @Test
    void saysWhatToWriteForAConfigurationParameterItCannotRead() {
        Throwable failure = Engine.outcomeOf(
                Engine.run(Map.of("nexmock.fail-on-warning", "yes"), Lenient.class),
                "warned(NexmoEnvironment, String)");

        assertThat(failure)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("nexmock.fail-on-warning is 'yes'; use true or false");
    }

    @Test
    void aSoundTokenPassesEvenWhenAsked() {
        Engine.assertAllPassed(Engine.run(Map.of("nexmock.fail-on-warning", "true"), Sound.class), 1);
    }

    private static void assertFailsOnWarning(EngineExecutionResults results) {
        Throwable failure = Engine.outcomeOf(results, "warned(NexmoEnvironment, String)");

        assertThat(failure)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith(
                        "fail-on-warning is on and the Nexmo mock warned about 1 request with this test's application:\n"
                                + "  GET /v1/users: EXP_BEYOND_24_HOURS - exp is 90000 s after iat");
        results.testEvents().assertStatistics(stats -> stats.failed(1));
    }

    @NexmoTest
    static class Warned {

        @Test
        void failsAfterAWarning(NexmoEnvironment nexmo, @NexmoJwt(lifetime = "PT25H") String dayLong) throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + dayLong)).isEqualTo(200);
            throw new AssertionError("the backend could not list users");
        }

        @Test
        void passesDespiteAWarning(NexmoEnvironment nexmo, @NexmoJwt(lifetime = "PT25H") String dayLong)
                throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + dayLong)).isEqualTo(200);
        }
    }

    @NexmoTest(failOnWarning = true)
    static class StrictByAnnotation {

        @Test
        void warned(NexmoEnvironment nexmo, @NexmoJwt(lifetime = "PT25H") String dayLong) throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + dayLong)).isEqualTo(200);
        }
    }

    static class StrictByBuilder {

        @RegisterExtension
        static NexmoExtension nexmo = NexmoExtension.builder().failOnWarning().build();

        @Test
        void warned(NexmoEnvironment nexmo, @NexmoJwt(lifetime = "PT25H") String dayLong) throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + dayLong)).isEqualTo(200);
        }
    }

    @NexmoTest
    static class Lenient {

        @Test
        void warned(NexmoEnvironment nexmo, @NexmoJwt(lifetime = "PT25H") String dayLong) throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + dayLong)).isEqualTo(200);
        }
    }

    @NexmoTest
    static class Sound {

        @Test
        void sound(NexmoEnvironment nexmo, @NexmoJwt(lifetime = "PT24H") String dayLong) throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + dayLong)).isEqualTo(200);
        }
    }
}
