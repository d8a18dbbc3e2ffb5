package io.github.nexmock.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.jwt.NexmoJwts;
import io.github.nexmock.server.CreatedApplication;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock's HTTPS port end to end on loopback: real certificates made by nexmock's CA, real TLS handshakes with the
 * JDK's client, the same authentication, limits and admin token as on HTTP.
 */
class HttpsTest {

    @TempDir
    Path directory;

    @Test
    void aRequestOverTlsIsAuthenticatedAsOverHttp() throws Exception {
        try (NexmoMockServer server = httpsOnly().build().start()) {
            CreatedApplication app = server.createApplication("tls");
            String token = NexmoJwts.builder()
                    .applicationId(app.id())
                    .privateKey(app.privateKey())
                    .sign();
            HttpClient client = trusting(server);

            assertThat(server.baseUrl()).isEqualTo(server.httpsBaseUrl()).startsWith("https://127.0.0.1:");
            assertThat(send(client, server.baseUrl() + "/v2/applications", basic(server.apiKey(), server.apiSecret()))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(client, server.baseUrl() + "/v1/users", "Bearer " + token)
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> refused =
                    send(client, server.baseUrl() + "/v2/applications", basic(server.apiKey(), "wrong"));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("\"reason\"");
            assertThat(server.rejections().all()).hasSize(1);
        }
    }

    @Test
    void theCertificateNamesLocalhostAndTheLoopbackAddressesAndIsIssuedByTheCa() throws Exception {
        try (NexmoMockServer server = httpsOnly().build().start()) {
            HttpsTrust trust = server.httpsTrust().orElseThrow();
            X509Certificate ca = trust.certificate();
            KeyStore store =
                    LocalCertificateAuthority.in(directory).serverKeyStore().load();
            X509Certificate certificate = (X509Certificate) store.getCertificate("nexmock");

            assertThat(certificate.getSubjectAlternativeNames())
                    .containsExactlyInAnyOrder(
                            List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
            assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
            assertThat(certificate.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
            certificate.verify(ca.getPublicKey());
            assertThat(ca.getBasicConstraints()).isZero();
            assertThat(ca.getCriticalExtensionOIDs()).contains("2.5.29.30"); // name constraints
            // a client checks the name it connected to against the certificate: by host name as by address
            String localhost = "https://localhost:" + server.httpsPort() + "/v2/applications";
            assertThat(send(trusting(server), localhost, basic(server.apiKey(), server.apiSecret()))
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theCaIsMadeOnceAndKeptForTheNextStart() throws Exception {
        byte[] ca;
        byte[] serverStore;
        try (NexmoMockServer first = httpsOnly().build().start()) {
            ca = Files.readAllBytes(first.httpsTrust().orElseThrow().caCertificate());
            serverStore = Files.readAllBytes(directory.resolve(LocalCertificateAuthority.SERVER_STORE));
        }
        try (NexmoMockServer second = httpsOnly().build().start()) {
            assertThat(second.httpsTrust().orElseThrow().caCertificate()).hasBinaryContent(ca);
            assertThat(directory.resolve(LocalCertificateAuthority.SERVER_STORE))
                    .hasBinaryContent(serverStore);
        }
        // a lost server certificate is issued again by the same CA, which clients already trust
        Files.delete(directory.resolve(LocalCertificateAuthority.SERVER_STORE));
        Path firstCa = Files.write(directory.resolve("first-ca.pem"), ca);
        HttpClient trustingTheFirstCa =
                client(new HttpsTrust(firstCa, directory.resolve("truststore.p12")).sslContext());
        try (NexmoMockServer third = httpsOnly().build().start()) {
            assertThat(third.httpsTrust().orElseThrow().caCertificate()).hasBinaryContent(ca);
            assertThat(send(trustingTheFirstCa, third.baseUrl() + "/v2/applications", basic(third.apiKey(), "x"))
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void privateKeysAreOwnerOnlyAndTheCaCertificateIsReadable() throws Exception {
        httpsOnly().build().close();

        assertThat(mode(directory)).isEqualTo("rwx------");
        assertThat(mode(directory.resolve(LocalCertificateAuthority.CA_STORE))).isEqualTo("rw-------");
        assertThat(mode(directory.resolve(LocalCertificateAuthority.SERVER_STORE)))
                .isEqualTo("rw-------");
        assertThat(mode(directory.resolve(LocalCertificateAuthority.CA_PEM))).isEqualTo("rw-r--r--");
        assertThat(directory.resolve(LocalCertificateAuthority.CA_PEM))
                .content()
                .startsWith("-----BEGIN CERTIFICATE-----\n")
                .doesNotContain("PRIVATE");
    }

    @Test
    void aClientThatDoesNotTrustTheCaGetsATlsFailure() {
        try (NexmoMockServer server = httpsOnly().build().start()) {
            HttpClient jdkDefaults = HttpClient.newHttpClient();

            assertThatThrownBy(() -> send(jdkDefaults, server.baseUrl() + "/v2/applications", "Bearer x"))
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("PKIX path building failed");
            assertThat(server.rejections().all()).isEmpty();
        }
    }

    @Test
    void theAdminTokenAndTheBodyLimitGuardHttpsAsTheyGuardHttp() throws Exception {
        try (NexmoMockServer server = httpsOnly()
                .options(NexmockOptions.builder()
                        .adminToken("admin-secret")
                        .maxBodySize(10)
                        .build())
                .build()
                .start()) {
            HttpClient client = trusting(server);

            assertThat(send(client, server.baseUrl() + "/__admin/mappings", "Bearer wrong")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(send(client, server.baseUrl() + "/__admin/mappings", "Bearer admin-secret")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> tooLarge = client.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v2/applications"))
                            .header("Authorization", basic(server.apiKey(), server.apiSecret()))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"too long\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tooLarge.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void aRequestHeadStillArrivingOverTlsAfterTheIdleTimeoutIsClosed() throws Exception {
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (NexmoMockServer server = httpsOnly()
                        .options(NexmockOptions.builder()
                                .idleTimeout(Duration.ofSeconds(1))
                                .build())
                        .build()
                        .start();
                SSLSocket socket = (SSLSocket) server.httpsTrust()
                        .orElseThrow()
                        .sslContext()
                        .getSocketFactory()
                        .createSocket("127.0.0.1", server.httpsPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            trickle.scheduleAtFixedRate(() -> oneMoreByte(out), 100, 100, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();

            assertThat(readOrClosed(socket.getInputStream()))
                    .as("the server closed the connection")
                    .isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void httpAndHttpsTogetherServeTheSameState() throws Exception {
        try (NexmoMockServer server = NexmoMockServer.builder()
                .httpsPort(0)
                .certificateDirectory(directory)
                .build()
                .start()) {
            server.createApplication("both");
            String credentials = basic(server.apiKey(), server.apiSecret());

            assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(send(HttpClient.newHttpClient(), server.baseUrl() + "/v2/applications", credentials)
                            .body())
                    .contains("\"both\"");
            assertThat(send(trusting(server), server.httpsBaseUrl() + "/v2/applications", credentials)
                            .body())
                    .contains("\"both\"");
        }
    }

    @Test
    void aKeystoreOfYourOwnIsServedAndAWrongPasswordIsRefusedWithoutEchoingIt() throws Exception {
        LocalCertificateAuthority elsewhere = LocalCertificateAuthority.in(directory.resolve("own"));
        ServerKeyStore own = elsewhere.serverKeyStore();
        try (NexmoMockServer server = NexmoMockServer.builder()
                .httpsPort(0)
                .httpsOnly()
                .httpsKeyStore(own)
                .build()
                .start()) {
            assertThat(server.httpsTrust()).isEmpty();
            assertThat(send(
                                    client(elsewhere.trust().sslContext()),
                                    server.baseUrl() + "/v2/applications",
                                    basic(server.apiKey(), server.apiSecret()))
                            .statusCode())
                    .isEqualTo(200);
        }

        ServerKeyStore wrongPassword = new ServerKeyStore(own.path(), "not-the-password-4711");
        assertThatThrownBy(() -> NexmoMockServer.builder()
                        .httpsPort(0)
                        .httpsKeyStore(wrongPassword)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read HTTPS keystore " + own.path() + ": wrong password")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("4711"));
        assertThat(wrongPassword.toString()).doesNotContain("4711");
    }

    @Test
    void httpsOptionsWithoutAnHttpsPortAreRefusedRatherThanIgnored() {
        ServerKeyStore keyStore = LocalCertificateAuthority.in(directory).serverKeyStore();

        assertThatThrownBy(() -> NexmoMockServer.builder().httpsOnly().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("httpsOnly() needs an HTTPS port: httpsPort(0) for a free one");
        assertThatThrownBy(
                        () -> NexmoMockServer.builder().httpsKeyStore(keyStore).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("httpsKeyStore(...) needs an HTTPS port: httpsPort(0) for a free one");
    }

    private NexmoMockServer.Builder httpsOnly() {
        return NexmoMockServer.builder().httpsPort(0).httpsOnly().certificateDirectory(directory);
    }

    private static HttpClient trusting(NexmoMockServer server) {
        return client(server.httpsTrust().orElseThrow().sslContext());
    }

    private static HttpClient client(SSLContext context) {
        return HttpClient.newBuilder()
                .sslContext(context)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, String url, String authorization)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", authorization)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static int readOrClosed(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketException closed) {
            return -1;
        }
    }

    private static void oneMoreByte(OutputStream out) {
        try {
            out.write('x');
            out.flush();
        } catch (IOException closed) {
            // the server closed the connection: what the test waits for
        }
    }
}
