package io.github.nexmock.security;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random requests to every endpoint of the mock (Applications v2 and v1, Users v1, v0.3 and v0.1, nexmock's admin API,
 * a path only WireMock's stubs could serve), each mixing good and broken parts: methods, ids, query strings,
 * credentials, content types, bodies and framing. Deterministic for a given {@link Random}.
 */
final class RequestFuzzer {

    /** A generated request and whether its framing is broken, so that the server may close without answering. */
    record FuzzedRequest(RawHttp request, boolean brokenFraming) {}

    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET", "/v2/applications"},
            new String[] {"POST", "/v2/applications"},
            new String[] {"GET", "/v2/applications/{app}"},
            new String[] {"PUT", "/v2/applications/{app}"},
            new String[] {"DELETE", "/v2/applications/{app}"},
            new String[] {"GET", "/v1/applications"},
            new String[] {"POST", "/v1/applications"},
            new String[] {"GET", "/v1/applications/{app}"},
            new String[] {"PUT", "/v1/applications/{app}"},
            new String[] {"DELETE", "/v1/applications/{app}"},
            new String[] {"GET", "/{users}/users"},
            new String[] {"POST", "/{users}/users"},
            new String[] {"GET", "/{users}/users/{user}"},
            new String[] {"PATCH", "/{users}/users/{user}"},
            new String[] {"DELETE", "/{users}/users/{user}"},
            new String[] {"GET", "/__admin/nexmock/state"},
            new String[] {"GET", "/__admin/nexmock/rejections"},
            new String[] {"DELETE", "/__admin/nexmock/rejections"},
            new String[] {"POST", "/__admin/nexmock/reset"},
            new String[] {"GET", "/v1/calls"});
    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "get", "FOO", "CONNECT");
    private static final List<String> USERS_VERSIONS = List.of("v1", "v0.3", "v0.1", "v2", "V1");
    private static final List<String> ODD_SEGMENTS = List.of(
            "",
            "..",
            ".",
            "%2e%2e",
            "%2F",
            "%ZZ",
            "%00",
            "%",
            "%C3%28",
            "\u00fc",
            "a;b=c",
            "*",
            "x".repeat(3000),
            "USR-00000000-0000-0000-0000-000000000000",
            "-1",
            "null",
            "{id}");
    private static final List<String> QUERY_NAMES = List.of(
            "page_size",
            "page",
            "cursor",
            "order",
            "name",
            "api_key",
            "api_secret",
            "since",
            "type",
            "",
            "page_size[]",
            "%70age");
    private static final List<String> QUERY_VALUES = List.of(
            "",
            "-1",
            "0",
            "1",
            "100",
            "1001",
            "abc",
            "99999999999999999999",
            "1e3",
            "%ZZ",
            "%",
            "%00",
            "%E2%82%AC",
            "desc",
            "ASC",
            "sideways",
            "=",
            "&",
            "x".repeat(5000),
            "%C3%28",
            "+",
            "null",
            "[]");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/json; charset=utf-8",
            "application/json; charset=bogus",
            "application/json; charset=\"",
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=latin1",
            "multipart/form-data",
            "multipart/form-data; boundary=zz",
            "",
            "garbage/",
            "application/json;;;",
            "application/xml",
            "*/*",
            "application/problem+json",
            "application/json; charset=UTF-16");
    private static final List<String> ACCEPTS = List.of(
            "application/json",
            "text/html",
            "*/*",
            "application/xml",
            "",
            "garbage",
            "application/json;q=0",
            "text/*, application/*");

    private final Random random;
    private final NexmoMockServer server;
    private final CreatedApplication app;
    private final String otherApplicationId;
    private final String userId;
    private final String adminToken;
    private final List<String> tokens;

    RequestFuzzer(
            Random random,
            NexmoMockServer server,
            CreatedApplication app,
            CreatedApplication other,
            String userId,
            String adminToken) {
        this.random = random;
        this.server = server;
        this.app = app;
        this.otherApplicationId = other.id();
        this.userId = userId;
        this.adminToken = adminToken;
        this.tokens = List.of(
                NexmoJwts.builder()
                        .applicationId(app.id())
                        .privateKey(app.privateKey())
                        .sign(),
                NexmoJwts.builder()
                        .applicationId(app.id())
                        .privateKey(app.privateKey())
                        .subject("alice")
                        .acl(Acl.clientSdk())
                        .sign(),
                NexmoJwts.builder()
                        .applicationId(app.id())
                        .privateKey(app.privateKey())
                        .subject("alice")
                        .acl(Acl.builder().path("/*/users").build())
                        .sign(),
                NexmoJwts.builder()
                        .applicationId(other.id())
                        .privateKey(other.privateKey())
                        .sign());
    }

    /** The next random request. */
    FuzzedRequest next() {
        String[] endpoint = pick(ENDPOINTS);
        String method = chance(85) ? endpoint[0] : pick(METHODS);
        RawHttp request = RawHttp.request(method, target(endpoint[1]));
        authorize(request, endpoint[1]);
        if (chance(50)) {
            request.header("Content-Type", pick(CONTENT_TYPES));
        }
        if (chance(20)) {
            request.header("Accept", pick(ACCEPTS));
        }
        if (chance(5)) {
            request.header("X-Noise", pick(List.of("x".repeat(6000), "\u00e9t\u00e9", "\t", "a\u0001b")));
        }
        if (chance(70)) {
            request.body(body(endpoint[1]));
        }
        boolean brokenFraming = frame(request);
        return new FuzzedRequest(request.closeOutputAfterBody(), brokenFraming);
    }

    private String target(String template) {
        String path = template.replace(
                        "{users}", chance(80) ? pick(USERS_VERSIONS.subList(0, 3)) : pick(USERS_VERSIONS))
                .replace(
                        "{app}",
                        pick(List.of(
                                app.id(),
                                app.id(),
                                otherApplicationId,
                                randomId(),
                                app.id().toUpperCase(),
                                pick(ODD_SEGMENTS))))
                .replace("{user}", pick(List.of(userId, userId, "USR-" + randomId(), "alice", pick(ODD_SEGMENTS))));
        if (chance(10)) {
            path = path + pick(List.of("/", "//", "/..", "/extra", "%2F", "#fragment", ";jsessionid=1"));
        }
        if (chance(50)) {
            return path;
        }
        StringBuilder query = new StringBuilder(path).append('?');
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            query.append(i > 0 ? "&" : "")
                    .append(pick(QUERY_NAMES))
                    .append(chance(90) ? "=" : "")
                    .append(pick(QUERY_VALUES));
        }
        return query.toString();
    }

    private void authorize(RawHttp request, String template) {
        String basic = Base64.getEncoder()
                .encodeToString((server.apiKey() + ":" + server.apiSecret()).getBytes(StandardCharsets.UTF_8));
        String token = pick(tokens);
        switch (random.nextInt(template.startsWith("/__admin") ? 12 : 11)) {
            case 0, 1, 2 -> request.header("Authorization", "Basic " + basic);
            case 3, 4, 5 -> request.bearer(token);
            case 6 -> request.bearer(mutate(token));
            case 7 ->
                request.header(
                        "Authorization",
                        pick(List.of(
                                "Basic !!!",
                                "Basic " + base64("no-colon"),
                                "Basic " + base64(server.apiKey() + ":wrong"),
                                "Bearer",
                                "Bearer  ",
                                "Digest x",
                                "",
                                "Basic",
                                "Bearer " + token + " " + token,
                                "bearer " + token,
                                "Basic " + basic + "=")));
            case 8 -> request.header("Authorization", "Basic " + basic).bearer(token);
            case 9 -> {}
            case 10 -> request.header("X-Api-Key", server.apiKey());
            default -> request.header("Authorization", "Bearer " + adminToken);
        }
    }

    private String mutate(String token) {
        char[] chars = token.toCharArray();
        int at = random.nextInt(chars.length);
        return switch (random.nextInt(4)) {
            case 0 -> {
                chars[at] = pick(List.of('A', '-', '_', '.', '=', '+', '/', '~', 'z'));
                yield new String(chars);
            }
            case 1 -> token.substring(0, at);
            case 2 -> token.substring(0, at) + token.substring(at + 1);
            default -> token + pick(List.of(".", "A", "..", "%", " x"));
        };
    }

    private byte[] body(String template) {
        String json =
                switch (random.nextInt(16)) {
                    case 0 -> "";
                    case 1 -> "{";
                    case 2 -> "null";
                    case 3 -> "[]";
                    case 4 -> "\"text\"";
                    case 5 ->
                        "{\"name\":"
                                + pick(List.of(
                                        "1",
                                        "null",
                                        "true",
                                        "[]",
                                        "{}",
                                        "\"\"",
                                        "\"" + "n".repeat(70_000) + "\"",
                                        "1e999999",
                                        "\"\\ud800\"",
                                        "\"a\\u0000b\""))
                                + "}";
                    case 6 -> "{\"name\":\"x\",\"name\":\"y\"}";
                    case 7 -> "[".repeat(3000) + "]".repeat(3000);
                    case 8 ->
                        "{\"name\":\"fuzz\",\"capabilities\":"
                                + pick(List.of(
                                        "\"voice\"",
                                        "[]",
                                        "{\"voice\":1}",
                                        "{\"voice\":{\"webhooks\":\"x\"}}",
                                        "{\"\":{}}",
                                        "null"))
                                + "}";
                    case 9 ->
                        "{\"name\":\"fuzz\",\"keys\":{\"public_key\":"
                                + pick(List.of(
                                        "1",
                                        "\"\"",
                                        "\"-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\"",
                                        "\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\"",
                                        "\"not a key\"",
                                        "{\"pem\":\"x\"}"))
                                + "}}";
                    case 10 ->
                        "{\"name\":\"fuzz-" + random.nextInt(1000) + "\",\"display_name\":"
                                + pick(List.of("1", "\"d\"", "[]")) + ",\"image_url\":"
                                + pick(List.of("\"ftp://x\"", "2", "\"http://example.com/i.png\""))
                                + ",\"properties\":"
                                + pick(List.of("\"p\"", "{\"custom_data\":1}", "{\"custom_data\":{}}", "[]"))
                                + ",\"channels\":" + pick(List.of("\"c\"", "{\"pstn\":1}", "{}", "[]")) + "}";
                    case 11 ->
                        "name=" + pick(QUERY_VALUES) + "&type=" + pick(List.of("voice", "rtc", "", "%ZZ", "bogus"))
                                + "&answer_url=" + pick(List.of("http://example.com/a", "", "%", "javascript:x"))
                                + "&api_key=" + server.apiKey() + "&api_secret="
                                + pick(List.of(server.apiSecret(), "x", ""));
                    case 12 ->
                        "{\"name\":\"fuzz\",\"privacy\":" + pick(List.of("1", "{\"improve_ai\":\"yes\"}", "[]"))
                                + ",\"unknown\":{\"deep\":[1,2,3]}}";
                    case 13 -> null;
                    default ->
                        template.contains("users")
                                ? "{\"name\":\"fuzz-user-" + random.nextInt(1000) + "\"}"
                                : "{\"name\":\"fuzz-app\"}";
                };
        if (json != null) {
            return json.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[random.nextInt(2048)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Sets the framing headers; true when they lie about the body. */
    private boolean frame(RawHttp request) {
        switch (random.nextInt(20)) {
            case 0 -> {
                request.declaredLength(String.valueOf(random.nextInt(100_000) + 1));
                return true;
            }
            case 1 -> {
                request.declaredLength("0");
                return true;
            }
            case 2 -> {
                request.declaredLength(pick(List.of("abc", "-1", "99999999999999999999", "1, 2", " ")));
                return true;
            }
            case 3 -> {
                request.header("Transfer-Encoding", pick(List.of("chunked", "gzip", "chunked, chunked", "x")));
                return true;
            }
            case 4 -> {
                request.header("Content-Length", "1");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private String randomId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
