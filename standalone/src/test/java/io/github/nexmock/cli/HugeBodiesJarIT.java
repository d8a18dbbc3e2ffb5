package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Twenty clients at once each send a 100 MB body (half chunked, half with Content-Length) to the real jar under
 * {@code -Xmx256m}: every one is refused with a 413 once the body passes the 1 MiB limit, the server never runs out of
 * memory nor answers a 5xx, its resident memory stays under 300 MB, and a normal request is answered meanwhile and
 * after. The bodies are generated as they are sent; the test never holds more than 64 KiB of one.
 */
class HugeBodiesJarIT {

    private static final String SECRET = "Sup3r-Secret-Value";
    private static final int CLIENTS = 20;
    private static final long BODY_BYTES = 100_000_000;
    private static final int CHUNK = 64 * 1024;

    @RegisterExtension
    final StandaloneJar jar = new StandaloneJar();

    @Test
    @EnabledOnOs(OS.LINUX) // reads the server's memory from /proc
    void twentyParallel100MbBodiesUnderXmx256mGet413sWithoutExhaustingMemory() throws Exception {
        StandaloneJar.Server server = jar.serve(List.of("-Xmx256m"), "--api-key", "k3y", "--api-secret", SECRET);
        int port = URI.create(server.baseUrl()).getPort();
        RawApi api = new RawApi(server.baseUrl(), "k3y", SECRET);
        ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS);
        try {
            List<Future<Sent>> sent = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                boolean chunked = i % 2 == 0;
                sent.add(clients.submit(() -> sendHugeBody(port, chunked, clients)));
            }
            RawApi.Response during = api.basic("GET", "/v2/applications", null);
            List<Sent> results = new ArrayList<>();
            for (Future<Sent> each : sent) {
                results.add(each.get(120, TimeUnit.SECONDS));
            }
            RawApi.Response after = api.basic("POST", "/v2/applications", "{\"name\":\"still here\"}");
            long peakRss = statusKilobytes(server.process().pid(), "VmHWM") / 1024;
            String log = server.stop();

            assertThat(results).as("answers to the 100 MB bodies").allSatisfy(result -> {
                assertThat(result.status()).as(result.toString()).isEqualTo(413);
                assertThat(result.answer()).contains("payload-too-large");
                assertThat(result.bytesSent())
                        .as("bytes sent before the answer")
                        .isLessThan(BODY_BYTES);
            });
            assertThat(during.status()).isEqualTo(200);
            assertThat(after.status()).as(after.body()).isEqualTo(201);
            assertThat(peakRss).as("server peak RSS in MB").isLessThan(300);
            assertThat(log).doesNotContain("OutOfMemoryError", "Exception");
        } finally {
            clients.shutdownNow();
        }
    }

    /** What one client sent before its answer came, and the answer. */
    private record Sent(int status, String answer, long bytesSent) {}

    /**
     * Sends the headers and then up to 100 MB of spaces on one connection while another thread reads the answer;
     * stops sending once the answer is in or the server closes the connection.
     */
    private static Sent sendHugeBody(int port, boolean chunked, ExecutorService readers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            String credentials = Base64.getEncoder().encodeToString(("k3y:" + SECRET).getBytes(StandardCharsets.UTF_8));
            String framing = chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + BODY_BYTES;
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v2/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                            + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAll(in), readers);
            byte[] spaces = new byte[CHUNK];
            Arrays.fill(spaces, (byte) ' ');
            byte[] chunkHead = (Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            try {
                while (sent < BODY_BYTES && !answer.isDone()) {
                    if (chunked) {
                        out.write(chunkHead);
                    }
                    out.write(spaces);
                    if (chunked) {
                        out.write('\r');
                        out.write('\n');
                    }
                    sent += CHUNK;
                }
            } catch (IOException closedByServer) {
                // the server answered and closed the connection while the body was still coming
            }
            String text = answer.get(60, TimeUnit.SECONDS);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new Sent(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, text, sent);
        }
    }

    private static String readAll(InputStream in) {
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException reset) {
            // a reset after the answer: what arrived is kept
        }
        return text.toString();
    }

    /** A {@code kB} line of {@code /proc/PID/status}, in kB. */
    private static long statusKilobytes(long pid, String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(
                        line.substring(name.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IllegalStateException(name + " missing from /proc/" + pid + "/status");
    }
}
