package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.Rejection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attack and edge tokens over real HTTP against a running mock: each refusal has its exact status, reason, problem
 * body and rejection-log entry; each edge that Nexmo accepts is accepted. The clock stands still, so the second
 * boundaries are exact.
 */
class AttackTokensTest {

    private static AttackBench bench;
    private long mark;

    @BeforeAll
    static void start() {
        bench = new AttackBench();
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    @BeforeEach
    void clockAtStart() {
        bench.clock.set(AttackBench.NOW);
        mark = bench.server.rejections().mark();
    }

    static Stream<TokenProbe> refusals() {
        return AttackCatalogue.refusals().stream();
    }

    static Stream<TokenProbe> acceptances() {
        return AttackCatalogue.acceptances().stream();
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("refusals")
    void refusesWithTheExactReason(TokenProbe probe) {
        RawHttp request = probe.request().apply(bench);
        mark = bench.server.rejections().mark();

        RawHttp.Response response = bench.send(request);

        assertThat(response.status()).as(response.toString()).isEqualTo(probe.status());
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("reason").asText()).as(response.toString()).isEqualTo(probe.reason());
        assertThat(problem.path("detail").asText()).isNotBlank();
        List<Rejection> logged = bench.server.rejections().since(mark);
        assertThat(logged).extracting(rejection -> rejection.reason().name()).containsExactly(probe.reason());
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("acceptances")
    void acceptsTheEdgesNexmoAccepts(TokenProbe probe) {
        RawHttp.Response response = bench.send(probe.request().apply(bench));

        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        assertThat(bench.server.rejections().since(mark)).isEmpty();
    }

    @Test
    void aThirtySecondTokenIsGoodForTwentyNineSecondsAndExpiresOnTheThirtieth() {
        String token = bench.minted().lifetime(Duration.ofSeconds(30)).sign();

        bench.clock.advance(Duration.ofSeconds(29));
        assertThat(bench.send(bench.listUsers(token)).status()).isEqualTo(200);
        bench.clock.advance(Duration.ofSeconds(1));
        RawHttp.Response expired = bench.send(bench.listUsers(token));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("reason").asText()).isEqualTo(Reason.EXPIRED.name());
        assertThat(expired.json().path("code").asText()).isEqualTo("system:error:expired-token");
    }

    @Test
    void aTokenBecomesValidFiveSecondsBeforeItsNotBeforeAndNoEarlier() {
        String token = bench.minted().notBefore(AttackBench.NOW.plusSeconds(10)).sign();

        bench.clock.advance(Duration.ofSeconds(4));
        RawHttp.Response early = bench.send(bench.listUsers(token));
        bench.clock.advance(Duration.ofSeconds(1));
        RawHttp.Response inSkew = bench.send(bench.listUsers(token));

        assertThat(early.json().path("reason").asText()).isEqualTo(Reason.NOT_YET_VALID.name());
        assertThat(inSkew.status()).isEqualTo(200);
    }

    @Test
    void aDayLongTokenIsGoodUntilItsLastSecond() {
        String token = bench.minted().lifetime(Duration.ofHours(24)).sign();

        bench.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(bench.send(bench.listUsers(token)).status()).isEqualTo(200);
        bench.clock.advance(Duration.ofSeconds(1));
        assertThat(bench.send(bench.listUsers(token)).json().path("reason").asText())
                .isEqualTo(Reason.EXPIRED.name());
    }
}
