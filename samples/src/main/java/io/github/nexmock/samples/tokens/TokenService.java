package io.github.nexmock.samples.tokens;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A small backend on the JDK's HTTP server that issues client SDK JWTs to logged-in users at {@code POST /token}.
 * Nexmo's guide expects production apps to mint user tokens on their backend, never in the client.
 */
public final class TokenService implements AutoCloseable {

    private final HttpServer server;

    private TokenService(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on {@code port} of the loopback interface (0 picks a free port). */
    public static TokenService start(ClientTokens tokens, UserPasswords users, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", new TokenEndpoint(tokens, users));
        server.start();
        return new TokenService(server);
    }

    /** Where to ask for tokens: {@code http://127.0.0.1:PORT/token}. */
    public URI tokenUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + TokenEndpoint.PATH);
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
