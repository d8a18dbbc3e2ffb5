package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.tls.HttpsTrust;
import io.github.nexmock.tls.LocalCertificateAuthority;
import io.github.nexmock.tls.ServerKeyStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code serve --https-port} as a child process: its CA printed and kept, HTTPS only, a keystore of your own. */
class HttpsJarIT {

    private static final String[] CREDENTIALS = {"--api-key", "k3y", "--api-secret", "s3cret"};

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    @Test
    void servesHttpsBesideHttpWithACaKeptInTheUsersNexmockHomeAndPrintedAfterTheReadyLine() throws Exception {
        Path tls = jar.home(".nexmock/tls");
        StandaloneJar.Server server = jar.serve(concat(CREDENTIALS, "--https-port", "0"));
        byte[] ca = Files.readAllBytes(tls.resolve("ca.pem"));

        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(server.httpsUrl()).startsWith("https://127.0.0.1:");
        assertThat(server.httpsLine())
                .isEqualTo("nexmock https: CA certificate " + tls.resolve("ca.pem") + " (Java trust store "
                        + tls.resolve("truststore.p12") + ", password " + HttpsTrust.TRUST_STORE_PASSWORD + ")");
        assertThat(get(trusting(tls.resolve("ca.pem")), server.httpsUrl(), "k3y:s3cret"))
                .isEqualTo(200);
        assertThat(get(trusting(tls.resolve("ca.pem")), server.httpsUrl(), "k3y:wrong"))
                .isEqualTo(401);
        for (String key : new String[] {"ca.p12", "localhost.p12"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls.resolve(key))))
                    .as(key)
                    .isEqualTo("rw-------");
        }
        server.stop();

        StandaloneJar.Server restarted = jar.serve(concat(CREDENTIALS, "--https-port", "0"));
        assertThat(tls.resolve("ca.pem")).hasBinaryContent(ca);
        assertThat(get(trusting(tls.resolve("ca.pem")), restarted.httpsUrl(), "k3y:s3cret"))
                .isEqualTo(200);
    }

    @Test
    void withNoHttpServesHttpsOnlyAndKeepsTheCaBesideTheStateFile() throws Exception {
        StandaloneJar.Server server =
                jar.serve(concat(CREDENTIALS, "--https-port", "0", "--no-http", "--state", "state.journal"));

        assertThat(server.baseUrl()).startsWith("https://127.0.0.1:").isEqualTo(server.httpsUrl());
        assertThat(server.httpsLine()).contains(jar.work("tls/ca.pem").toString());
        assertThat(jar.home(".nexmock")).doesNotExist();
        assertThat(get(trusting(jar.work("tls/ca.pem")), server.baseUrl(), "k3y:s3cret"))
                .isEqualTo(200);
    }

    @Test
    void servesAKeystoreOfYourOwn() throws Exception {
        LocalCertificateAuthority own = LocalCertificateAuthority.in(jar.work("own-ca"));
        rewrap(own.serverKeyStore(), jar.work("server.p12"), "0wn-Keyst0re");

        StandaloneJar.Server server = jar.serve(concat(
                CREDENTIALS,
                "--https-port",
                "0",
                "--no-http",
                "--https-keystore",
                "server.p12",
                "--https-keystore-password",
                "0wn-Keyst0re"));

        assertThat(server.httpsLine()).isEqualTo("nexmock https: serving the certificate of server.p12");
        assertThat(get(trusting(own.trust().caCertificate()), server.baseUrl(), "k3y:s3cret"))
                .isEqualTo(200);
        assertThat(server.stop()).doesNotContain("0wn-Keyst0re");
    }

    /** Copies a keystore under another password, as a user's own keystore would have. */
    static void rewrap(ServerKeyStore source, Path target, String password) throws Exception {
        KeyStore store = source.load();
        KeyStore copy = KeyStore.getInstance("PKCS12");
        copy.load(null, null);
        for (String alias : java.util.Collections.list(store.aliases())) {
            copy.setKeyEntry(
                    alias,
                    store.getKey(alias, source.password().toCharArray()),
                    password.toCharArray(),
                    store.getCertificateChain(alias));
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            copy.store(out, password.toCharArray());
        }
    }

    private static HttpClient trusting(Path caPem) {
        SSLContext context = new HttpsTrust(caPem, caPem.resolveSibling("truststore.p12")).sslContext();
        return HttpClient.newBuilder()
                .sslContext(context)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static int get(HttpClient client, String baseUrl, String credentials)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/v2/applications"))
                        .header("Authorization", "Basic " + basic)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
