package io.github.nexmock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are read through a size limit (1 MiB unless configured): a body over it is refused with a 413 problem
 * as soon as its Content-Length or its bytes so far pass the limit, without waiting for the rest, and WireMock's
 * journal keeps at most 16 KiB of any body. No Nexmo document states the Application or Users API's body limit: 1 MiB
 * is nexmock's own bound, far above the largest application (a 4096-bit public key and every webhook is under 8 KiB).
 */
class BodyLimitsTest {

    private static final int MIB = 1 << 20;

    @Test
    void refusesABodyWhoseContentLengthPassesTheLimitBeforeItIsSent() throws IOException {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(head(server, "POST /v2/applications", "Content-Length: " + 100 * MIB));
                RawHttp.Response refused = RawHttp.Response.read(socket.getInputStream());

                assertTooLarge(refused, "its Content-Length is 104857600 bytes; the limit is 1048576 bytes");
            }
            assertThat(server.state().applications()).isEmpty();
        }
    }

    @Test
    void refusesAChunkedBodyAsSoonAsItsBytesPassTheLimitWithoutWaitingForItsEnd() throws IOException {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(head(server, "POST /v2/applications", "Transfer-Encoding: chunked"));
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                for (int sent = 0; sent <= MIB; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush(); // no last chunk: the body never ends, so only the limit can answer it

                assertTooLarge(RawHttp.Response.read(socket.getInputStream()), "more than 1048576 bytes arrived");
            }
        }
    }

    @Test
    void refusesAGzipBodyThatInflatesPastTheLimit() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] spaces = new byte[MIB];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                gzip.write(spaces);
            }
        }
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            RawHttp.Response refused = basic(server, RawHttp.request("POST", "/v2/applications"))
                    .header("Content-Type", "application/json")
                    .header("Content-Encoding", "gzip")
                    .body(compressed.toByteArray())
                    .send(server.port());

            assertThat(compressed.size()).isLessThan(MIB);
            assertTooLarge(refused, "it inflates (gzip) to more than 1048576 bytes");
        }
    }

    @Test
    void theLimitIsConfigurable() {
        byte[] padded = paddedJson("{\"name\":\"big\"}", MIB + MIB / 2);
        try (NexmoMockServer standard = NexmoMockServer.builder().build().start();
                NexmoMockServer larger = NexmoMockServer.builder()
                        .options(NexmockOptions.builder().maxBodySize(2 * MIB).build())
                        .build()
                        .start()) {
            RawHttp.Response refused = basic(standard, RawHttp.request("POST", "/v2/applications"))
                    .header("Content-Type", "application/json")
                    .body(padded)
                    .send(standard.port());
            RawHttp.Response created = basic(larger, RawHttp.request("POST", "/v2/applications"))
                    .header("Content-Type", "application/json")
                    .body(padded)
                    .send(larger.port());

            assertThat(refused.status()).isEqualTo(413);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().get("name").asText()).isEqualTo("big");
        }
    }

    @Test
    void theJournalKeepsAtMost16KibOfARequestOrResponseBodyAndSaysARequestBodyWasCut() {
        try (NexmoMockServer server = NexmoMockServer.builder().build().start()) {
            server.wireMock().stubFor(WireMock.get("/v1/recordings/big").willReturn(WireMock.ok("r".repeat(100_000))));
            RawHttp.Response recording =
                    basic(server, RawHttp.request("GET", "/v1/recordings/big")).send(server.port());
            byte[] body = paddedJson("{\"to\":[{\"type\":\"phone\"}]}", 100_000);
            RawHttp.Response unmatched = basic(server, RawHttp.request("POST", "/v1/stubbed-api"))
                    .header("Content-Type", "application/json")
                    .body(body)
                    .send(server.port());

            JsonNode journal = RawHttp.request("GET", "/__admin/requests")
                    .send(server.port())
                    .json()
                    .get("requests");
            JsonNode logged = journal.get(0).get("request");
            assertThat(recording.body()).hasSize(100_000);
            assertThat(journal.get(1).get("response").get("body").asText()).hasSizeBetween(1, 16 * 1024);
            assertThat(unmatched.status()).isEqualTo(404);
            assertThat(Base64.getDecoder().decode(logged.get("bodyAsBase64").asText()))
                    .hasSize(16 * 1024);
            assertThat(logged.get("headers").get("Nexmock-Journal-Body-Cut").asText())
                    .isEqualTo("kept 16384 of 100000 bytes");
        }
    }

    private static void assertTooLarge(RawHttp.Response refused, String detail) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.header("Connection")).isEqualTo("close");
        assertThat(refused.json().get("type").asText())
                .isEqualTo("https://developer.nexmo.com/api-errors#payload-too-large");
        assertThat(refused.json().get("detail").asText()).contains(detail);
    }

    private static byte[] head(NexmoMockServer server, String requestLine, String framing) {
        String credentials = Base64.getEncoder()
                .encodeToString((server.apiKey() + ":" + server.apiSecret()).getBytes(StandardCharsets.UTF_8));
        return (requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                        + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static RawHttp basic(NexmoMockServer server, RawHttp request) {
        return request.basic(server.apiKey(), server.apiSecret());
    }

    /** {@code json} followed by spaces up to {@code length} bytes: still that JSON. */
    private static byte[] paddedJson(String json, int length) {
        byte[] padded = new byte[length];
        Arrays.fill(padded, (byte) ' ');
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, padded, 0, text.length);
        return padded;
    }
}
