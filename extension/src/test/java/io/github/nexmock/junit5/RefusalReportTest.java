package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class RefusalReportTest {

    /** One run of the cases, shared by the tests that check it. */
    private static EngineExecutionResults results;

    @BeforeAll
    static void runTheCases() {
        results = Engine.run(Refused.class);
    }

    @Test
    void addsEachRefusalOfAFailedTestWithMethodPathAndReason() {
        Throwable failure = Engine.outcomeOf(results, "failsAfterARefusal(NexmoEnvironment, String)");

        assertThat(failure).hasMessage("the backend could not list users");
        // minted 60 s past expiry; a loaded machine may take a second or more to send it
        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith("the Nexmo mock refused 1 request with this test's application:\n")
                .containsPattern("\n  GET /v1/users: EXPIRED - token expired 6\\d s ago \\(exp "));
    }

    @Test
    void separatesRefusalsOfTokensThatAreNotTheTestsOwn() {
        Throwable failure = Engine.outcomeOf(results, "failsAfterAStrangersRefusal(NexmoEnvironment)");

        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith(
                        "the Nexmo mock refused 1 request not signed for this test's application (perhaps from a test"
                                + " running at the same time):\n  GET /v2/applications: "));
    }

    @Test
    void reportsRefusalsOfAFailedBeforeEachMethodToo() {
        Throwable failure = Engine.outcomeOf(Engine.run(RefusedInBeforeEach.class), "test()");

        assertThat(failure).hasMessage("set-up failed");
        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .contains("GET /v1/users: BAD_SIGNATURE - "));
    }

    @Test
    void addsNothingWhenTheMockRefusedNothing() {
        assertThat(Engine.outcomeOf(results, "failsWithoutRefusals()").getSuppressed())
                .isEmpty();
    }

    @Test
    void leavesPassingTestsAlone() {
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(3));
    }

    static int get(NexmoEnvironment nexmo, String path, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(nexmo.baseUrl() + path))
                .header("Authorization", authorization)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @NexmoTest
    static class RefusedInBeforeEach {

        @NexmoJwt(defect = TokenDefect.WRONG_KEY)
        String forged;

        @BeforeEach
        void setUp(NexmoEnvironment nexmo) throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + forged)).isEqualTo(401);
            throw new IllegalStateException("set-up failed");
        }

        @Test
        void test() {}
    }

    @NexmoTest
    static class Refused {

        @Test
        void failsAfterARefusal(NexmoEnvironment nexmo, @NexmoJwt(defect = TokenDefect.EXPIRED) String expired)
                throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + expired)).isEqualTo(401);
            throw new AssertionError("the backend could not list users");
        }

        @Test
        void failsAfterAStrangersRefusal(NexmoEnvironment nexmo) throws Exception {
            assertThat(get(nexmo, "/v2/applications", "Basic bm9ib2R5Om5vdGhpbmc="))
                    .isEqualTo(401);
            throw new AssertionError("listing failed");
        }

        @Test
        void failsWithoutRefusals() {
            throw new AssertionError("plain failure");
        }

        @Test
        void passesDespiteARefusal(NexmoEnvironment nexmo, @NexmoJwt(defect = TokenDefect.WRONG_KEY) String forged)
                throws Exception {
            assertThat(get(nexmo, "/v1/users", "Bearer " + forged)).isEqualTo(401);
        }
    }
}
