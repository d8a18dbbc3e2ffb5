package io.github.nexmock.jwt;

import static io.github.nexmock.jwt.HandMadeTokens.APP_KEYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** A verifier on a fixed clock that knows one application, and helpers to see how it answers. */
final class VerifierFixture {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final long NOW_S = NOW.getEpochSecond();
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String APP_ID = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";

    private VerifierFixture() {}

    static JwtVerifier verifier() {
        return verifier(VerificationPolicy.defaults());
    }

    static JwtVerifier verifier(VerificationPolicy policy) {
        return JwtVerifier.builder()
                .keyResolver(id -> APP_ID.equals(id) ? Optional.of(APP_KEYS.getPublic()) : Optional.empty())
                .clock(CLOCK)
                .policy(policy)
                .build();
    }

    /** Payload of an application token issued 10 s ago, like the Vonage SDK's. */
    static String appPayload() {
        return "{\"application_id\":\"" + APP_ID + "\",\"iat\":" + (NOW_S - 10) + ",\"jti\":\"jti-1\"}";
    }

    /** Payload with the given members after application_id (members as JSON text, without braces). */
    static String payload(String members) {
        return "{\"application_id\":\"" + APP_ID + "\"," + members + "}";
    }

    static VerifiedToken accepted(String token) {
        return verifier().verify(token, "GET", "/v1/users");
    }

    static JwtRejectedException refusal(String token) {
        return refusal(verifier(), token, "GET", "/v1/users");
    }

    static JwtRejectedException refusal(JwtVerifier verifier, String token, String method, String path) {
        try {
            verifier.verify(token, method, path);
        } catch (JwtRejectedException e) {
            return e;
        }
        return fail("expected the token to be refused: " + token);
    }

    static void assertRefused(String token, Reason reason, String messagePart) {
        JwtRejectedException refusal = refusal(token);
        assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
        assertThat(refusal.getMessage()).contains(messagePart);
    }
}
