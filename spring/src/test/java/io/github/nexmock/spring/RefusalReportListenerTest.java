package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** A failed test's report says why the context's mock refused the requests it made. */
class RefusalReportListenerTest {

    private static EngineExecutionResults results;

    @BeforeAll
    static void runTheCases() {
        results = EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(Refused.class))
                .execute();
    }

    @Test
    void addsEachRefusalOfAFailedTestWithMethodPathAndReason() {
        Throwable failure = failureOf("failsAfterARefusal()");

        assertThat(failure).hasMessage("the backend could not read its application");
        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith("the Nexmo mock of this test's context refused 1 request during the test:\n")
                .containsPattern("\n  GET /v2/applications/[0-9a-f-]{36}: [A-Z_]+ - "));
    }

    @Test
    void addsNothingWhenTheMockRefusedNothing() {
        assertThat(failureOf("failsWithoutRefusals()").getSuppressed()).isEmpty();
    }

    @Test
    void leavesPassingTestsAlone() {
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(2));
    }

    private static Throwable failureOf(String test) {
        List<Event> failed = results.testEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(test))
                .toList();
        assertThat(failed).as("failed tests named %s", test).hasSize(1);
        return failed.get(0)
                .getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
    }

    @SpringJUnitConfig(NoBeans.class)
    @NexmoMockProperties(
            baseUrl = "vonage.base-url",
            apiKey = "vonage.api-key",
            apiSecret = "vonage.api-secret",
            applicationId = "vonage.application-id",
            privateKey = "vonage.private-key")
    static class Refused {

        @Autowired
        Environment environment;

        @Test
        void failsAfterARefusal() {
            assertThat(withWrongSecret().readApplication().statusCode()).isEqualTo(401);
            throw new AssertionError("the backend could not read its application");
        }

        @Test
        void failsWithoutRefusals() {
            throw new AssertionError("no request made");
        }

        @Test
        void passesAfterARefusal() {
            assertThat(withWrongSecret().readApplication().statusCode()).isEqualTo(401);
        }

        private VonageProperties withWrongSecret() {
            VonageProperties vonage = VonageProperties.of(environment);
            return new VonageProperties(
                    vonage.baseUrl(), vonage.apiKey(), "not-the-secret", vonage.applicationId(), vonage.privateKey());
        }
    }
}
