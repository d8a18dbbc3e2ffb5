package io.github.nexmock.api;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;

/** Requests against one running {@link NexmoMockServer}: account calls with Basic credentials, application calls with JWTs. */
final class MockFixture {

    final NexmoMockServer server;

    MockFixture(NexmoMockServer server) {
        this.server = server;
    }

    /** A request with the account's Basic credentials. */
    HttpCall account(String method, String path) {
        return anonymous(method, path).basic(server.apiKey(), server.apiSecret());
    }

    /** A request with an application token (no acl: full access). */
    HttpCall app(CreatedApplication app, String method, String path) {
        return anonymous(method, path).bearer(token(app));
    }

    /** A request without credentials. */
    HttpCall anonymous(String method, String path) {
        return HttpCall.to(server.baseUrl(), method, path);
    }

    static String token(CreatedApplication app) {
        return NexmoJwts.builder()
                .applicationId(app.id())
                .privateKey(app.privateKey())
                .sign();
    }

    static String userToken(CreatedApplication app, String user, Acl acl) {
        return NexmoJwts.builder()
                .applicationId(app.id())
                .privateKey(app.privateKey())
                .subject(user)
                .acl(acl)
                .sign();
    }
}
