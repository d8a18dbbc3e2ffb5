package io.github.nexmock.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.state.StateSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile or broken requests get a 4xx problem, never a 5xx, and change nothing. */
class BadInputTest {

    private static NexmoMockServer server;
    private static MockFixture mock;
    private static CreatedApplication app;

    @BeforeAll
    static void start() {
        server = NexmoMockServer.builder().build().start();
        mock = new MockFixture(server);
        app = TestKeyPairs.application(server, "target");
        server.createUser(app.id(), "alice");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void neverAnswersBrokenRequestsWithAServerError() {
        StateSnapshot before = server.state().snapshot();
        HttpCall[] calls = {
            mock.account("GET", "/v2/applications?page_size=-1"),
            mock.account("GET", "/v2/applications?page=99999999999999999999"),
            mock.app(app, "GET", "/v1/users?page_size=%E2%82%AC"),
            mock.app(app, "POST", "/v1/users").body("application/json", new byte[] {(byte) 0xC3, (byte) 0x28}),
            mock.app(app, "POST", "/v1/users").json("{\"name\":\"x\",\"properties\":" + "[".repeat(5000) + "}"),
            mock.app(app, "POST", "/v1/users").json("{\"name\":1e999999}"),
            mock.app(app, "PATCH", "/v1/users/USR-nope").json("{\"name\":\"x\"}"),
            mock.app(
                            app,
                            "PATCH",
                            "/v1/users/" + server.state().users(app.id()).get(0).id())
                    .json("{\"name\":null}"),
            mock.account("PUT", "/v2/applications/" + app.id())
                    .json("{\"name\":\"x\",\"keys\":{\"public_key\":"
                            + "\"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\"}}"),
            mock.account("POST", "/v1/applications").form("name=%ZZ&type=voice"),
            mock.app(app, "POST", "/v1/users")
                    .body("application/json; charset=no-such-charset", "{}".getBytes(StandardCharsets.UTF_8)),
            mock.account("POST", "/v1/applications")
                    .body("application/x-www-form-urlencoded; charset=???", "name=x".getBytes(StandardCharsets.UTF_8)),
            mock.account("POST", "/v2/applications").body(null, "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
            mock.app(app, "GET", "/v1/users/../../v2/applications"),
            mock.anonymous("GET", "/v1/users").header("Authorization", "Bearer"),
            mock.anonymous("GET", "/v1/users").header("Authorization", ""),
            mock.anonymous("GET", "/v1/users").bearer("a".repeat(10_000)),
        };
        for (HttpCall call : calls) {
            HttpCall.Reply reply = call.send();
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        }
        assertThat(server.state().snapshot()).isEqualTo(before);
    }

    @Test
    void malformedPercentEncodingIsABadRequest() throws IOException {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((server.apiKey() + ":" + server.apiSecret()).getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + MockFixture.token(app);
        for (String[] request : new String[][] {
            {"/v2/applications?page=%ZZ", basic},
            {"/v2/applications?api_key=%ZZ&api_secret=x", null},
            {"/v1/users?cursor=%ZZ&name=%", bearer},
            {"/v1/users/%ZZ", bearer},
        }) {
            String status = rawGet(request[0], request[1]);
            assertThat(status).as(request[0]).matches("HTTP/1.1 4\\d\\d .*");
        }
    }

    /** Sends a GET whose target java.net.URI would refuse, and returns the status line. */
    private static String rawGet(String target, String authorization) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            return reader.readLine();
        }
    }
}
