package io.github.nexmock.samples.tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /token} with HTTP Basic credentials: answers the logged-in user's client SDK JWT as
 * {@code {"user", "token", "expires_at"}}, or 401 when the login fails.
 */
final class TokenEndpoint implements HttpHandler {

    static final String PATH = "/token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientTokens tokens;
    private final UserPasswords users;

    TokenEndpoint(ClientTokens tokens, UserPasswords users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, Map.of("error", "no such endpoint; tokens are at POST " + PATH));
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, Map.of("error", "use POST " + PATH));
            } else {
                Optional<String> user =
                        loggedInUser(exchange.getRequestHeaders().getFirst("Authorization"));
                if (user.isEmpty()) {
                    exchange.getResponseHeaders()
                            .set("WWW-Authenticate", "Basic realm=\"token service\", charset=\"UTF-8\"");
                    send(exchange, 401, Map.of("error", "log in with your user name and password"));
                } else {
                    IssuedToken issued = tokens.mint(user.get());
                    send(
                            exchange,
                            200,
                            Map.of(
                                    "user",
                                    issued.user(),
                                    "token",
                                    issued.token(),
                                    "expires_at",
                                    issued.expiresAt().toString()));
                }
            }
        }
    }

    private Optional<String> loggedInUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String credentials;
        try {
            credentials = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = credentials.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : users.authenticate(credentials.substring(0, colon), credentials.substring(colon + 1));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
