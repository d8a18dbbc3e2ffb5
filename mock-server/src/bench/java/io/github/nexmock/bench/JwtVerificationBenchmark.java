package io.github.nexmock.bench;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.jwt.VerifiedToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full {@link JwtVerifier#verify} of freshly minted tokens against a bare RS256 {@link Signature} check of the same
 * signing input and signature bytes: the difference is what decoding, parsing, claim checks and the ACL cost.
 * User tokens carry the client SDK acl, shared by all of them as an application's client tokens usually share one
 * (the verifier parses a given acl once); application tokens are what the Vonage server SDK sends.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtVerificationBenchmark {

    private static final int TOKENS = 64;
    private static final String APPLICATION_ID = "aaaaaaaa-bbbb-cccc-dddd-0123456789ab";

    private final String[] tokens = new String[TOKENS];
    private final String[] applicationTokens = new String[TOKENS];
    private final byte[][] signingInputs = new byte[TOKENS][];
    private final byte[][] signatures = new byte[TOKENS][];
    private PublicKey publicKey;
    private JwtVerifier verifier;
    private int next;

    /** Mints 64 distinct valid user tokens (with the client SDK acl) and application tokens; splits out raw bytes. */
    @Setup
    public void mintTokens() {
        KeyPair keys = RsaKeys.generate();
        publicKey = keys.getPublic();
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        verifier = JwtVerifier.builder()
                .keyResolver(id -> APPLICATION_ID.equals(id) ? Optional.of(publicKey) : Optional.empty())
                .clock(clock)
                .build();
        for (int i = 0; i < TOKENS; i++) {
            tokens[i] = NexmoJwts.builder()
                    .applicationId(APPLICATION_ID)
                    .privateKey(keys.getPrivate())
                    .clock(clock)
                    .subject("user-" + i)
                    .acl(Acl.clientSdk())
                    .sign();
            applicationTokens[i] = NexmoJwts.builder()
                    .applicationId(APPLICATION_ID)
                    .privateKey(keys.getPrivate())
                    .clock(clock)
                    .sign();
            int dot = tokens[i].lastIndexOf('.');
            signingInputs[i] = tokens[i].substring(0, dot).getBytes(StandardCharsets.US_ASCII);
            signatures[i] = Base64.getUrlDecoder().decode(tokens[i].substring(dot + 1));
        }
    }

    /** Everything the mock does per request with a user token: structure, header, claims, signature, times, ACL. */
    @Benchmark
    public VerifiedToken fullVerification() {
        return verifier.verify(tokens[next++ & (TOKENS - 1)], "GET", "/v1/users/USR-1");
    }

    /** The same for an application token (application_id, iat, jti, exp; no acl). */
    @Benchmark
    public VerifiedToken fullVerificationApplicationToken() {
        return verifier.verify(applicationTokens[next++ & (TOKENS - 1)], "GET", "/v2/applications");
    }

    /** Only the RS256 signature check, on bytes decoded in advance: the floor any verifier pays. */
    @Benchmark
    public boolean rawSignatureVerify() throws GeneralSecurityException {
        int i = next++ & (TOKENS - 1);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey);
        rs256.update(signingInputs[i]);
        return rs256.verify(signatures[i]);
    }
}
