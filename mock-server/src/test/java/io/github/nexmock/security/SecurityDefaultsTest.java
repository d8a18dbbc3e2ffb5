package io.github.nexmock.security;

import static io.github.nexmock.security.ForgedToken.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.state.StateSnapshot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mock's safe defaults, in process: it listens on loopback only, no answer, rejection or admin view hands out the
 * account secret or a private key, and an admin token locks every admin endpoint.
 */
class SecurityDefaultsTest {

    private static final String API_KEY = "5ec0de71";
    private static final String API_SECRET = "Qz7uTbV9wXy2KpLm";
    private static final Pattern PEM_BODY_LINE = Pattern.compile("^[A-Za-z0-9+/]{64}$", Pattern.MULTILINE);

    @Test
    void listensOnLoopbackOnlyUnlessToldOtherwise() throws IOException {
        List<InetAddress> probes = new ArrayList<>(nonLoopbackAddresses());
        probes.add(InetAddress.getByName("127.0.0.2"));
        List<InetAddress> reachableWhenOpen = new ArrayList<>();
        try (NexmoMockServer open =
                NexmoMockServer.builder().bindAddress("0.0.0.0").build().start()) {
            for (InetAddress probe : probes) {
                if (accepts(probe, open.port())) {
                    reachableWhenOpen.add(probe);
                }
            }
        }
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(accepts(InetAddress.getLoopbackAddress(), server.port())).isTrue();
            for (InetAddress probe : reachableWhenOpen) {
                assertThat(accepts(probe, server.port()))
                        .as("connection via %s", probe)
                        .isFalse();
            }
        }
        assertThat(reachableWhenOpen)
                .as("an address that reaches a server bound to 0.0.0.0, so the check can fail")
                .isNotEmpty();
    }

    @Test
    void neverHandsOutTheApiSecretOrAPrivateKey() {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().account(API_KEY, API_SECRET).build())
                .build()
                .start()) {
            CreatedApplication app = server.createApplication("keys");
            String credentials = "api_key=" + API_KEY + "&api_secret=" + API_SECRET;
            List<String> privateKeys = new ArrayList<>(List.of(app.privateKeyPem()));
            List<RawHttp.Response> errors = new ArrayList<>();
            for (RawHttp request : List.of(
                    RawHttp.request("GET", "/v2/applications?" + credentials + "&page_size=many"),
                    RawHttp.request("GET", "/v2/applications/no-such-app?" + credentials),
                    RawHttp.request("GET", "/v1/users?" + credentials),
                    RawHttp.request("GET", "/v1/calls?" + credentials),
                    RawHttp.request("GET", "/v2/applications?api_key=" + API_KEY + "&api_secret=" + API_SECRET + "x"),
                    RawHttp.request("GET", "/v2/applications?api_key=wrong&api_secret=" + API_SECRET),
                    RawHttp.request("GET", "/v1/users").basic(API_KEY, API_SECRET),
                    RawHttp.request("GET", "/v2/applications").basic("wrong", API_SECRET),
                    RawHttp.request("POST", "/v2/applications")
                            .basic(API_KEY, API_SECRET)
                            .json("{\"name\":"),
                    RawHttp.request("PUT", "/v2/applications/" + app.id())
                            .basic(API_KEY, API_SECRET)
                            .json("{\"name\":\"keys\",\"keys\":{\"public_key\":" + text(app.privateKeyPem()) + "}}"),
                    RawHttp.request("POST", "/v1/applications")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .body((credentials + "&name=legacy&type=voice" + "&public_key="
                                            + URLEncoder.encode(app.privateKeyPem(), StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8)),
                    RawHttp.request("POST", "/v1/applications?type=voice")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .body((credentials + "&name=%ZZ").getBytes(StandardCharsets.UTF_8)))) {
                RawHttp.Response response = request.send(server.port());
                assertThat(response.status()).as(response.toString()).isBetween(400, 499);
                errors.add(response);
            }
            privateKeys.add(createdPrivateKey(RawHttp.request("POST", "/v2/applications")
                    .basic(API_KEY, API_SECRET)
                    .json("{\"name\":\"generated\"}")
                    .send(server.port())));
            privateKeys.add(createdPrivateKey(RawHttp.request("POST", "/v1/applications")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body((credentials + "&name=legacy&type=voice"
                                    + "&answer_url=http://example.com/a&event_url=http://example.com/e")
                            .getBytes(StandardCharsets.UTF_8))
                    .send(server.port())));

            List<String> seen = new ArrayList<>();
            errors.forEach(response -> seen.add("error " + response.headerBlock() + "\n" + response.body()));
            for (String admin : List.of(
                    "/__admin/nexmock/state",
                    "/__admin/nexmock/rejections",
                    "/__admin/requests",
                    "/__admin/requests/unmatched",
                    "/__admin/mappings")) {
                RawHttp.Response response = RawHttp.request("GET", admin).send(server.port());
                assertThat(response.status()).as(admin).isEqualTo(200);
                seen.add(admin + "\n" + response.body());
            }
            server.rejections().all().forEach(rejection -> seen.add("rejection " + rejection));

            assertThat(server.rejections().all()).hasSizeGreaterThanOrEqualTo(5);
            for (String text : seen) {
                assertThat(text).as(text).doesNotContain(API_SECRET).doesNotContainPattern("BEGIN (RSA )?PRIVATE KEY");
                for (String key : privateKeys) {
                    assertThat(text).as(text).doesNotContain(firstBodyLine(key));
                }
            }
        }
    }

    @Test
    void anAdminTokenLocksEveryAdminEndpoint() {
        String token = "adm-" + API_SECRET;
        try (NexmoMockServer server = NexmoMockServer.builder()
                .options(NexmockOptions.builder().adminToken(token).build())
                .build()
                .start()) {
            CreatedApplication app = server.createApplication("kept");
            StateSnapshot before = server.state().snapshot();
            List<String[]> endpoints = List.of(
                    new String[] {"GET", "/__admin/nexmock/state"},
                    new String[] {"GET", "/__admin/nexmock/rejections"},
                    new String[] {"DELETE", "/__admin/nexmock/rejections"},
                    new String[] {"POST", "/__admin/nexmock/reset"},
                    new String[] {"GET", "/__admin/requests"},
                    new String[] {"DELETE", "/__admin/requests"},
                    new String[] {"GET", "/__admin/mappings"},
                    new String[] {"POST", "/__admin/mappings"},
                    new String[] {"POST", "/__admin/reset"},
                    new String[] {"GET", "/__admin/settings"},
                    new String[] {"POST", "/__admin/shutdown"});
            List<String> wrongAuthorizations = List.of(
                    "",
                    "Bearer wrong",
                    "Bearer " + token + "x",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((server.apiKey() + ":" + server.apiSecret())
                                            .getBytes(StandardCharsets.UTF_8)),
                    token);
            for (String[] endpoint : endpoints) {
                for (String authorization : wrongAuthorizations) {
                    RawHttp request = RawHttp.request(endpoint[0], endpoint[1] + "?token=" + token);
                    if (!authorization.isEmpty()) {
                        request.header("Authorization", authorization);
                    }
                    if (endpoint[0].equals("POST")) {
                        request.json("{\"request\":{\"url\":\"/x\"},\"response\":{\"status\":200}}");
                    }
                    RawHttp.Response response = request.send(server.port());
                    assertThat(response.status())
                            .as("%s %s with '%s': %s", endpoint[0], endpoint[1], authorization, response)
                            .isEqualTo(401);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                }
            }
            for (String trick : List.of(
                    "/__admin/../__admin/nexmock/state",
                    "/__admin//nexmock/state",
                    "/__admin/%6Eexmock/state",
                    "/%5F%5Fadmin/nexmock/state",
                    "/__ADMIN/nexmock/state",
                    "/__admin;x=1/nexmock/state",
                    "/__admin/nexmock/state/")) {
                RawHttp.Response response = RawHttp.request("GET", trick).send(server.port());
                assertThat(response.status()).as("%s: %s", trick, response).isBetween(400, 499);
                assertThat(response.body()).doesNotContain(app.id());
            }

            assertThat(server.isRunning()).isTrue();
            assertThat(server.state().snapshot()).isEqualTo(before);
            assertThat(server.wireMock().listAllStubMappings().getMappings()).isEmpty();
            RawHttp.Response allowed = RawHttp.request("GET", "/__admin/nexmock/state")
                    .header("Authorization", "Bearer " + token)
                    .send(server.port());
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.body()).contains(app.id());
        }
    }

    private static String createdPrivateKey(RawHttp.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String pem = created.json().path("keys").path("private_key").asText();
        assertThat(pem).contains("PRIVATE KEY");
        RsaKeys.readPrivateKey(pem);
        return pem;
    }

    /** A 64-character base64 line from a PEM's body: present in any copy of the key, absent from anything else. */
    private static String firstBodyLine(String pem) {
        Matcher line = PEM_BODY_LINE.matcher(pem);
        assertThat(line.find()).as("a full base64 line in the PEM").isTrue();
        return line.group();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> !address.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
