package io.github.nexmock.security;

import static io.github.nexmock.security.ForgedToken.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.TestClock;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;

/**
 * A running {@link NexmoMockServer} on a stopped clock with the parties of the attack tests: the target application,
 * another application of the same account, and a key pair the server has never seen.
 */
final class AttackBench implements AutoCloseable {

    /** The instant the clock is set back to before every test. */
    static final Instant NOW = Instant.parse("2031-05-04T12:00:00Z");

    final TestClock clock = TestClock.at(NOW);
    final NexmoMockServer server = NexmoMockServer.builder()
            .options(NexmockOptions.builder().clock(clock).build())
            .build()
            .start();
    final CreatedApplication app = server.createApplication("target");
    final CreatedApplication other = server.createApplication("other");
    final KeyPair stranger = KeyPairPool.shared().take();

    /** Epoch seconds of the clock now. */
    long now() {
        return clock.instant().getEpochSecond();
    }

    /** The claims of a good application token of the target: application_id, iat now, jti, exp in 15 min. */
    ForgedToken claims() {
        return claims(app.id());
    }

    ForgedToken claims(String applicationId) {
        return ForgedToken.rs256()
                .claim("application_id", text(applicationId))
                .claim("iat", String.valueOf(now()))
                .claim("jti", text(UUID.randomUUID().toString()))
                .claim("exp", String.valueOf(now() + 900));
    }

    /** A good application token of the target, signed with its key. */
    String valid() {
        return claims().signedWith(app.privateKey());
    }

    /** The minting builder for the target, on the test clock. */
    NexmoJwts.Builder minted() {
        return NexmoJwts.builder()
                .applicationId(app.id())
                .privateKey(app.privateKey())
                .clock(clock);
    }

    /** GET /v1/users with a bearer token. */
    RawHttp listUsers(String token) {
        return RawHttp.request("GET", "/v1/users").bearer(token);
    }

    /** GET /v2/applications/{target} with a bearer token. */
    RawHttp readApplication(String token) {
        return RawHttp.request("GET", "/v2/applications/" + app.id()).bearer(token);
    }

    /** A request with the account's Basic credentials. */
    RawHttp account(String method, String target) {
        return RawHttp.request(method, target).basic(server.apiKey(), server.apiSecret());
    }

    RawHttp.Response send(RawHttp request) {
        return request.send(server.port());
    }

    /** Sends a request that must succeed, as a step of preparing an attack. */
    void succeed(RawHttp request) {
        RawHttp.Response response = send(request);
        assertThat(response.status()).as("preparing step: %s", response).isBetween(200, 299);
    }

    /** A new application that shares the key pair of {@code keysOf}. */
    CreatedApplication application(String name, CreatedApplication keysOf) {
        return new CreatedApplication(
                server.createApplication(name, keysOf.application().publicKey()), keysOf.privateKey());
    }

    @Override
    public void close() {
        server.close();
    }
}
