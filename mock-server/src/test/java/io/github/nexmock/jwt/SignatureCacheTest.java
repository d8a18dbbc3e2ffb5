package io.github.nexmock.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignatureCacheTest {

    private static final String APP = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";
    private static final KeyPair PAIR = KeyPairPool.shared().take();
    private static final KeyPair OTHER = KeyPairPool.shared().take();

    private final AtomicReference<PublicKey> registered = new AtomicReference<>(PAIR.getPublic());
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void aCachedTokenIsStillCheckedForExpiryAndAcl() {
        JwtVerifier verifier = cachingVerifier();
        String token = NexmoJwts.builder()
                .applicationId(APP)
                .privateKey(PAIR.getPrivate())
                .issuedAt(now.get())
                .subject("alice")
                .acl(Acl.builder().path("/*/users/**").build())
                .lifetime(Duration.ofMinutes(1))
                .sign();

        assertThat(verifier.verify(token, "GET", "/v1/users").subject()).isEqualTo("alice");
        assertThat(refusal(verifier, token, "/v1/conversations")).isEqualTo(Reason.ACL_DENIES_PATH);
        now.set(now.get().plusSeconds(61));
        assertThat(refusal(verifier, token, "/v1/users")).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aCachedTokenIsRefusedOnceTheApplicationKeyChanges() {
        JwtVerifier verifier = cachingVerifier();
        String token = NexmoJwts.builder()
                .applicationId(APP)
                .privateKey(PAIR.getPrivate())
                .issuedAt(now.get())
                .sign();
        verifier.verify(token, "GET", "/v1/users");

        registered.set(OTHER.getPublic());

        assertThat(refusal(verifier, token, "/v1/users")).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aTamperedCopyOfACachedTokenIsNotACacheHit() {
        JwtVerifier verifier = cachingVerifier();
        String token = NexmoJwts.builder()
                .applicationId(APP)
                .privateKey(PAIR.getPrivate())
                .issuedAt(now.get())
                .sign();
        verifier.verify(token, "GET", "/v1/users");
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);

        assertThat(refusal(verifier, tampered, "/v1/users")).isEqualTo(Reason.BAD_SIGNATURE);
    }

    private JwtVerifier cachingVerifier() {
        return JwtVerifier.builder()
                .keyResolver(id -> APP.equals(id) ? Optional.of(registered.get()) : Optional.empty())
                .clock(new Clock() {
                    @Override
                    public ZoneOffset getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now.get();
                    }
                })
                .cacheVerifiedSignatures(16)
                .build();
    }

    private static Reason refusal(JwtVerifier verifier, String token, String path) {
        try {
            verifier.verify(token, "GET", path);
        } catch (JwtRejectedException e) {
            return e.reason();
        }
        throw new AssertionError("expected a refusal of " + token);
    }
}
