package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.tls.LocalCertificateAuthority;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The standalone server's security defaults, checked on the real jar: loopback only unless told otherwise, no secret
 * or private key in any log line (also with --verbose), nor the HTTPS keystore's password, error body or admin
 * response, key files owner-only, and an
 * admin API that refuses requests without the admin token.
 */
class SecurityDefaultsJarIT {

    private static final String SECRET = "Sup3r-Secret-Value";
    private static final String KEYSTORE_PASSWORD = "Keyst0re-Secret-Value";
    private static final String[] CREDENTIALS = {"--api-key", "k3y", "--api-secret", SECRET};

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    @Test
    @EnabledOnOs(OS.LINUX)
    void listensOnLoopbackOnlyUnlessGivenAnotherBindAddress() throws Exception {
        StandaloneJar.Server loopback = jar.serve(CREDENTIALS);
        int loopbackPort = URI.create(loopback.baseUrl()).getPort();
        StandaloneJar.Server everywhere = jar.serve(concat(CREDENTIALS, "--bind", "0.0.0.0"));
        int everywherePort = URI.create(everywhere.baseUrl()).getPort();

        assertThat(loopback.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(accepts(InetAddress.getLoopbackAddress(), loopbackPort)).isTrue();
        for (InetAddress other : otherAddresses()) {
            assertThat(accepts(other, loopbackPort))
                    .as("default server reached on %s", other)
                    .isFalse();
            assertThat(accepts(other, everywherePort))
                    .as("--bind 0.0.0.0 server reached on %s", other)
                    .isTrue();
        }
    }

    @Test
    void keepsSecretsAndPrivateKeysOutOfLogsErrorBodiesAndAdminResponsesEvenWhenVerbose() throws Exception {
        HttpsJarIT.rewrap(
                LocalCertificateAuthority.in(jar.work("ca")).serverKeyStore(),
                jar.work("server.p12"),
                KEYSTORE_PASSWORD);
        StandaloneJar.Server server = jar.serve(concat(
                CREDENTIALS,
                "--verbose",
                "--admin-token",
                "adm1n",
                "--https-port",
                "0",
                "--https-keystore",
                "server.p12",
                "--https-keystore-password",
                KEYSTORE_PASSWORD));
        RawApi api = new RawApi(server.baseUrl(), "k3y", SECRET);
        String basic = Base64.getEncoder().encodeToString(("k3y:" + SECRET).getBytes(StandardCharsets.UTF_8));

        StandaloneJar.Result app = jar.run(concat(
                new String[] {"app:create", "Logged", "--type=rtc", "--base-url", server.baseUrl()}, CREDENTIALS));
        RawApi.Response generated = api.basic("POST", "/v2/applications", "{\"name\":\"with generated key\"}");
        RawApi.Response legacy = api.basic("GET", "/v2/applications?api_key=k3y&api_secret=" + SECRET, null);
        RawApi.Response wrongSecret =
                new RawApi(server.baseUrl(), "k3y", "Wr0ng-" + SECRET).basic("GET", "/v2/applications", null);
        RawApi.Response secretAsKey =
                new RawApi(server.baseUrl(), SECRET, "key").basic("GET", "/v2/applications", null);
        RawApi.Response secretInQuery = api.basic("GET", "/v1/stubbed-api?api_key=" + SECRET, null);
        String secretAsKeyBasic =
                Base64.getEncoder().encodeToString((SECRET + ":key").getBytes(StandardCharsets.UTF_8));
        RawApi.Response rejections = api.bearer("GET", "/__admin/nexmock/rejections", "adm1n", null);
        RawApi.Response journal = api.bearer("GET", "/__admin/requests", "adm1n", null);
        RawApi.Response state = api.bearer("GET", "/__admin/nexmock/state", "adm1n", null);
        String log = server.stop();

        assertThat(app.exitCode()).as(app.err()).isZero();
        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.body()).contains("PRIVATE KEY");
        assertThat(legacy.status()).isEqualTo(200);
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(secretAsKey.status()).isEqualTo(401); // curl -u 'SECRET:key'
        assertThat(secretInQuery.status()).isEqualTo(404);
        assertThat(rejections.status()).isEqualTo(200);
        assertThat(journal.status()).isEqualTo(200);
        assertThat(state.status()).isEqualTo(200);
        assertThat(log).contains("POST /v2/applications -> 201", "GET /v2/applications -> 401");
        String privateKeyLine = Files.readAllLines(jar.work("private.key")).get(1);
        for (String text : List.of(
                log,
                app.out(),
                app.err(),
                wrongSecret.body(),
                secretAsKey.body(),
                secretInQuery.body(),
                rejections.body(),
                journal.body(),
                state.body())) {
            assertThat(text)
                    .doesNotContain(SECRET, basic, secretAsKeyBasic, "PRIVATE KEY", privateKeyLine, KEYSTORE_PASSWORD);
        }
    }

    @Test
    void writesKeyFilesOwnerOnly() throws Exception {
        StandaloneJar.Server server = jar.serve(CREDENTIALS);
        Files.writeString(
                jar.work("seed.json"),
                "{\"applications\":[{\"name\":\"Seeded\",\"private_key_file\":\"seeded.key\"}]}");

        StandaloneJar.Result app = jar.run(concat(
                new String[] {"app:create", "Keys", "--keyfile=app.key", "--base-url", server.baseUrl()}, CREDENTIALS));
        jar.serve("--seed", "seed.json");

        assertThat(app.exitCode()).as(app.err()).isZero();
        for (String file : List.of("app.key", ".nexmo-app", "seeded.key")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jar.work(file))))
                    .as(file)
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void refusesAdminRequestsWithoutTheAdminToken() throws Exception {
        StandaloneJar.Server server = jar.serve(concat(CREDENTIALS, "--admin-token", "adm1n"));
        RawApi api = new RawApi(server.baseUrl(), "k3y", SECRET);

        for (String path : List.of("/__admin/mappings", "/__admin/requests", "/__admin/nexmock/state")) {
            assertThat(api.basic("GET", path, null).status())
                    .as("%s with API credentials", path)
                    .isEqualTo(401);
            assertThat(api.bearer("GET", path, "wrong", null).status())
                    .as("%s with a wrong token", path)
                    .isEqualTo(401);
            assertThat(api.bearer("GET", path, "adm1n", null).status())
                    .as("%s with the token", path)
                    .isEqualTo(200);
        }
        assertThat(api.basic("POST", "/__admin/nexmock/reset", null).status()).isEqualTo(401);
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** 127.0.0.2 (loopback, but not the address the server binds by default) and this host's other IPv4 addresses. */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.2")));
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                network.inetAddresses().filter(Inet4Address.class::isInstance).forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
