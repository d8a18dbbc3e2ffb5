package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.jwt.RsaKeys;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one table of every way the mock accepts a credential (README, "Hostile clients: limits and secrets"): each row
 * is sent over real HTTP to the real jar ({@code serve --verbose --state}), once with the account's real secret (or a
 * valid JWT) and once with a wrong one (or a forged JWT), and no secret, no Basic value and no token may then appear in
 * any answer, the {@code --verbose} log, the rejections, the warnings, {@code /__admin/requests} (bodies decoded too),
 * the near-misses or the state file. A new way for a credential to arrive is a new row here.
 */
class CredentialEchoJarIT {

    private static final String KEY = "k3y-4a7f";
    /** The account's secret: accepted, so its requests reach the APIs, the state file and the stubs. */
    private static final String SECRET = "Acc0unt-S3cret-7Qx";
    /** A secret the account does not have: refused, so its requests reach the rejection log. */
    private static final String WRONG = "Typ0ed-S3cret-9Zk";

    /** The account's signature secret, which signs webhooks; it arrives by serve's option only. */
    private static final String SIGNATURE_SECRET = "S1gn4tur3-S3cr3t-0f-th3-4cc0unt";

    private static final String ADMIN = "adm1n-t0ken";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = client();

    /** One credential form: the request it makes for a credential, and the status when the credential is right. */
    private record Row(String form, int status, Function<Credential, Call> call) {}

    /**
     * The account key with a secret, and a JWT, both right or both wrong; and a public key for the applications the
     * rows create, so that no row waits for an RSA key pair.
     */
    private record Credential(String key, String secret, String token, String publicKey) {}

    private static final List<Row> FORMS = List.of(
            new Row("Basic header", 200, c -> Call.get("/v2/applications").basic(c.key(), c.secret())),
            new Row("Basic header, the secret typed as the key", 401, c -> Call.get("/v2/applications")
                    .basic(c.secret(), "key")),
            new Row("Basic header at the Users API, which takes JWTs only", 401, c -> Call.get("/v1/users")
                    .basic(c.key(), c.secret())),
            new Row("Bearer header holding the secret", 401, c -> Call.get("/v1/users")
                    .header("Authorization", "Bearer " + c.secret())),
            new Row("Authorization header without a scheme", 401, c -> Call.get("/v2/applications")
                    .header("Authorization", c.secret())),
            new Row("Authorization header with an unknown scheme", 401, c -> Call.get("/v2/applications")
                    .header("Authorization", "Token " + c.secret())),
            new Row(
                    "query parameters",
                    200,
                    c -> Call.get("/v1/applications?api_key=" + c.key() + "&api_secret=" + c.secret())),
            new Row(
                    "query parameters, percent-encoded names",
                    200,
                    c -> Call.get(
                            "/v1/applications?api%5Fkey=" + c.key() + "&%61%70%69%5F%73%65%63%72%65%74=" + c.secret())),
            new Row(
                    "query parameters, repeated",
                    200,
                    c -> Call.get("/v1/applications?api_key=" + c.key() + "&api_secret=" + c.secret() + "&api_secret="
                            + c.secret() + "-again")),
            new Row(
                    "query parameters on a path only a stub serves",
                    404,
                    c -> Call.get("/v1/stubbed-api?api_key=" + c.key() + "&api_secret=" + c.secret())),
            new Row(
                    "form body",
                    201,
                    c -> Call.post("/v1/applications", FORM, legacyForm("api_key", c) + "&api_secret=" + c.secret())),
            new Row(
                    "form body, percent-encoded names",
                    201,
                    c -> Call.post(
                            "/v1/applications", FORM, legacyForm("api%5Fkey", c) + "&api%5fsecret=" + c.secret())),
            new Row(
                    "form body, repeated names",
                    201,
                    c -> Call.post(
                            "/v1/applications",
                            FORM,
                            legacyForm("api_key", c) + "&api_secret=" + c.secret() + "&api_secret=" + c.secret()
                                    + "-again")),
            new Row("form body beside Basic credentials, on a path only a stub serves", 404, c -> Call.post(
                            "/v1/stubbed-api", FORM, "api_key=" + c.key() + "&api_secret=" + c.secret())
                    .basic(c.key(), c.secret())),
            new Row(
                    "form body without a Content-Type",
                    401,
                    c -> Call.post("/v1/applications", null, legacyForm("api_key", c) + "&api_secret=" + c.secret())),
            new Row(
                    "JSON body",
                    201,
                    c -> Call.post(
                            "/v1/applications",
                            "application/json",
                            legacyJson(c, "\"api_key\":\"" + c.key() + "\",\"api_secret\":\"" + c.secret() + "\""))),
            new Row(
                    "JSON body, escaped names",
                    201,
                    c -> Call.post(
                            "/v1/applications",
                            "application/json",
                            legacyJson(
                                    c,
                                    "\"api\\u005fkey\":\"" + c.key() + "\",\"\\u0061pi_secret\":\"" + c.secret()
                                            + "\""))),
            new Row(
                    "JSON body, repeated member",
                    401,
                    c -> Call.post(
                            "/v1/applications",
                            "application/json",
                            legacyJson(
                                    c,
                                    "\"api_key\":\"" + c.key() + "\",\"api_secret\":\"" + c.secret()
                                            + "\",\"api_secret\":\"" + c.secret() + "\""))),
            new Row("JSON body in UTF-16", 201, c -> Call.post(
                            "/v1/applications",
                            "application/json",
                            legacyJson(c, "\"api_key\":\"" + c.key() + "\",\"api_secret\":\"" + c.secret() + "\""))
                    .utf16()),
            new Row(
                    "JSON body, cut off",
                    401,
                    c -> Call.post(
                            "/v1/applications",
                            "application/json",
                            "{\"api_key\":\"" + c.key() + "\",\"api_secret\":\"" + c.secret() + "\",\"name\":")),
            new Row("Bearer JWT", 200, c -> Call.get("/v1/users").header("Authorization", "Bearer " + c.token())),
            new Row("Bearer JWT at the Application API", 401, c -> Call.get("/v2/applications")
                    .header("Authorization", "Bearer " + c.token())),
            new Row("Bearer JWT at the Voice API", 200, c -> Call.get("/v1/calls")
                    .header("Authorization", "Bearer " + c.token())),
            new Row("Bearer header holding the signature secret, at the Voice API", 401, c -> Call.get("/v1/calls")
                    .header("Authorization", "Bearer " + SIGNATURE_SECRET)));

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    @Test
    void noCredentialOfAnyAcceptedFormAppearsInAnyOutput() throws Exception {
        StandaloneJar.Server server = jar.serve(
                "--api-key",
                KEY,
                "--api-secret",
                SECRET,
                "--verbose",
                "--state",
                "state.jsonl",
                "--admin-token",
                ADMIN,
                "--signature-secret",
                SIGNATURE_SECRET);
        String base = server.baseUrl();
        Answer stub = Call.post(
                        "/__admin/mappings",
                        "application/json",
                        "{\"request\":{\"method\":\"GET\",\"url\":\"/v1/stubbed-api/known\"},\"response\":{\"status\":200}}")
                .admin()
                .send(base);
        KeyPair keys = RsaKeys.generate(); // in this JVM: the server never waits for a key pair
        String publicKey = RsaKeys.toPublicPem(keys.getPublic());
        Answer created = Call.post(
                        "/v2/applications",
                        "application/json",
                        "{\"name\":\"token issuer\",\"keys\":{\"public_key\":" + JSON.valueToTree(publicKey) + "}}")
                .basic(KEY, SECRET)
                .send(base);
        Instant now = Instant.now();
        String token = NexmoJwts.builder()
                .applicationId(JSON.readTree(created.body()).get("id").asText())
                .privateKey(keys.getPrivate())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(25))) // accepted with a warning
                .sign();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "Zm9yZ2VkLXNpZ25hdHVyZQ";
        Credential right = new Credential(KEY, SECRET, token, publicKey);
        Credential wrong = new Credential(KEY, WRONG, forged, publicKey);

        Map<String, String> outputs = new LinkedHashMap<>();
        for (Row row : FORMS) {
            Answer accepted = row.call().apply(right).send(base);
            Answer refused = row.call().apply(wrong).send(base);
            assertThat(accepted.status()).as("%s: %s", row.form(), accepted).isEqualTo(row.status());
            assertThat(refused.status())
                    .as("%s, wrong secret: %s", row.form(), refused)
                    .isEqualTo(401);
            outputs.put("answer to " + row.form(), accepted.toString());
            outputs.put("answer to " + row.form() + ", wrong secret", refused.toString());
        }
        for (String path : List.of(
                "/__admin/nexmock/rejections",
                "/__admin/nexmock/warnings",
                "/__admin/requests",
                "/__admin/requests/unmatched/near-misses",
                "/__admin/nexmock/state",
                "/__admin/nexmock/webhooks")) {
            Answer answer = Call.get(path).admin().send(base);
            assertThat(answer.status()).as(path).isEqualTo(200);
            outputs.put(path, answer.body());
        }
        outputs.put("journal bodies, decoded", decodedBodies(outputs.get("/__admin/requests")));
        outputs.put("--verbose log", server.stop());
        outputs.put("state file", Files.readString(jar.work("state.jsonl")));

        assertThat(stub.status()).isEqualTo(201);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(outputs.get("/__admin/nexmock/rejections")).contains("BAD_CREDENTIALS", "BAD_SIGNATURE");
        assertThat(outputs.get("/__admin/nexmock/warnings")).contains("EXP_BEYOND_24_HOURS");
        assertThat(outputs.get("/__admin/requests")).contains("api_secret=<redacted>", "Basic <redacted>");
        assertThat(outputs.get("journal bodies, decoded"))
                .contains("api_secret=<redacted>", "\"api_secret\":\"<redacted>\"");
        assertThat(outputs.get("/__admin/requests/unmatched/near-misses"))
                .contains("/v1/stubbed-api?api_key=<redacted>");
        assertThat(outputs.get("--verbose log")).contains("GET /v1/users -> 200", "POST /v1/applications -> 201");
        assertThat(outputs.get("state file")).contains("JSON app", "form api_key");
        List<String> forbidden = new ArrayList<>();
        for (String secret : List.of(SECRET, WRONG)) {
            forbidden.addAll(List.of(
                    secret, utf16AsJournalShowsIt(secret), base64(KEY + ":" + secret), base64(secret + ":key")));
        }
        forbidden.addAll(List.of(token, signature(token), forged, signature(forged), SIGNATURE_SECRET));
        outputs.forEach((output, text) -> assertThat(text).as(output).doesNotContain(forbidden));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A {@code /v1/applications} create form with the key under {@code keyName}; the secret goes after it. */
    private static String legacyForm(String keyName, Credential c) {
        return "name=form+" + keyName + "&type=voice&answer_url=https%3A%2F%2Fa.example%2Fa"
                + "&event_url=https%3A%2F%2Fa.example%2Fe&public_key="
                + URLEncoder.encode(c.publicKey(), StandardCharsets.UTF_8) + "&" + keyName + "=" + c.key();
    }

    /** A {@code /v1/applications} create JSON body with these credential members first. */
    private static String legacyJson(Credential c, String credentials) {
        return "{" + credentials + ",\"name\":\"JSON app\",\"type\":\"voice\",\"public_key\":"
                + JSON.valueToTree(c.publicKey()) + ","
                + "\"answer_url\":\"https://a.example/a\",\"event_url\":\"https://a.example/e\"}";
    }

    /** Each stored request body, decoded from its base64 as UTF-8 and as UTF-16, where the journal's text hides it. */
    private static String decodedBodies(String journal) throws Exception {
        StringBuilder bodies = new StringBuilder();
        for (JsonNode request : JSON.readTree(journal).path("requests")) {
            byte[] body = Base64.getDecoder()
                    .decode(request.at("/request/bodyAsBase64").asText());
            bodies.append(new String(body, StandardCharsets.UTF_8))
                    .append('\n')
                    .append(new String(body, StandardCharsets.UTF_16BE))
                    .append('\n');
        }
        return bodies.toString();
    }

    /** A UTF-16BE text as the journal's {@code body} member shows it: each character after an escaped zero byte. */
    private static String utf16AsJournalShowsIt(String text) {
        return text.replaceAll("(.)", "\\\\u0000$1");
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Status, headers and body of an answer. */
    private record Answer(int status, String headers, String body) {}

    /** A request with its target sent as written (percent escapes included). */
    private static final class Call {

        private final String method;
        private final String target;
        private final String contentType;
        private final String body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private boolean utf16;
        private boolean ownConnection;

        private Call(String method, String target, String contentType, String body) {
            this.method = method;
            this.target = target;
            this.contentType = contentType;
            this.body = body;
        }

        static Call get(String target) {
            return new Call("GET", target, null, null);
        }

        static Call post(String target, String contentType, String body) {
            return new Call("POST", target, contentType, body);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call basic(String key, String secret) {
            return header("Authorization", "Basic " + base64(key + ":" + secret));
        }

        /** An admin call, on a connection of its own: the server drops one after an admin request with a body. */
        Call admin() {
            ownConnection = true;
            return header("Authorization", "Bearer " + ADMIN);
        }

        Call utf16() {
            utf16 = true;
            return this;
        }

        Answer send(String baseUrl) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(
                                            body.getBytes(utf16 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8)));
            headers.forEach(request::header);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response =
                    (ownConnection ? client() : HTTP).send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map().toString(), response.body());
        }
    }
}
