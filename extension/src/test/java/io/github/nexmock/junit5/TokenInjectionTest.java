package io.github.nexmock.junit5;

import static io.github.nexmock.junit5.InjectionTest.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.JwtRejectedException;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.VerifiedToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenInjectionTest {

    @Test
    void mintsTokensWithTheClaimsTheAnnotationAsksFor() {
        Engine.assertAllPassed(Engine.run(Claims.class), 2);
    }

    @Test
    void mintsEachDefectiveTokenSoTheMockRefusesItForThatReason() {
        Engine.assertAllPassed(Engine.run(Defects.class), 1);
    }

    @NexmoTest
    static class Claims {

        @Test
        void subjectLifetimeAclAndExtraClaims(
                NexmoEnvironment nexmo,
                @NexmoJwt(
                                sub = "alice",
                                lifetime = "PT1H",
                                aclPaths = {"/*/users/**", "/*/sessions/**"},
                                claims = {"region=eu-west", "seats=5", "vip=true", "quoted=\"5\"", "meta={\"a\":[1]}"})
                        NexmoToken token) {
            VerifiedToken verified = verify(nexmo, token.value());

            assertThat(verified.subject()).isEqualTo("alice");
            assertThat(Duration.between(verified.issuedAt(), verified.expiresAt()))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(verified.acl())
                    .isEqualTo(Acl.builder()
                            .path("/*/users/**")
                            .path("/*/sessions/**")
                            .build());
            assertThat(verified.claims())
                    .containsEntry("region", "eu-west")
                    .containsEntry("seats", 5)
                    .containsEntry("vip", true)
                    .containsEntry("quoted", "5")
                    .containsEntry("meta", Map.of("a", List.of(1)));
            assertThat(token.extraClaims()).containsEntry("seats", 5);
            assertThat(token.subject()).contains("alice");
            assertThat(token.acl()).contains(verified.acl());
            assertThat(token.defect()).isEqualTo(TokenDefect.NONE);
        }

        @Test
        void eachTestGetsItsOwnToken(@NexmoJwt String first, @NexmoJwt String second) {
            assertThat(first).isNotEqualTo(second);
        }
    }

    @NexmoTest
    static class Defects {

        @Test
        void refusals(
                NexmoEnvironment nexmo,
                @NexmoJwt(defect = TokenDefect.EXPIRED) String expired,
                @NexmoJwt(defect = TokenDefect.NOT_YET_VALID) String notYetValid,
                @NexmoJwt(defect = TokenDefect.LIFETIME_TOO_SHORT) String tooShort,
                @NexmoJwt(defect = TokenDefect.ISSUED_OVER_24_HOURS_AGO) NexmoToken dayOld,
                @NexmoJwt(defect = TokenDefect.WRONG_KEY) String wrongKey) {
            assertRefused(nexmo, expired, Reason.EXPIRED);
            assertRefused(nexmo, notYetValid, Reason.NOT_YET_VALID);
            assertRefused(nexmo, tooShort, Reason.LIFETIME_TOO_SHORT);
            // support article 360000958407: honoured at most 24 h after iat, whatever exp says
            assertRefused(nexmo, dayOld.value(), Reason.EXPIRED);
            assertRefused(nexmo, wrongKey, Reason.BAD_SIGNATURE);
            assertThat(dayOld.defect()).isEqualTo(TokenDefect.ISSUED_OVER_24_HOURS_AGO);
            assertThat(dayOld.issuedAt()).isBefore(Instant.now().minus(Duration.ofHours(24)));
            assertThat(dayOld.expiresAt()).isAfter(Instant.now());
        }

        private static void assertRefused(NexmoEnvironment nexmo, String token, Reason reason) {
            assertThatThrownBy(() -> verify(nexmo, token))
                    .isInstanceOfSatisfying(JwtRejectedException.class, refusal -> assertThat(refusal.reason())
                            .isEqualTo(reason));
        }
    }
}
