package io.github.nexmock.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 request written byte for byte on a fresh socket, so the request target reaches the server exactly as
 * given ({@code /v1/users/../applications}, {@code %2e%2e}, {@code %2F}): {@code java.net.http} and {@code java.net.URI}
 * normalise or refuse such targets. Every read has a timeout; a server that never answers fails the test.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String method;
    private final String target;
    private final List<String> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private String contentLength;
    private boolean closeOutputAfterBody;

    private RawHttp(String method, String target) {
        this.method = method;
        this.target = target;
    }

    /** A request with this method and exact request target. */
    static RawHttp request(String method, String target) {
        return new RawHttp(method, target);
    }

    RawHttp header(String name, String value) {
        headers.add(name + ": " + value);
        return this;
    }

    RawHttp bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    RawHttp basic(String key, String secret) {
        return header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    RawHttp json(String json) {
        return header("Content-Type", "application/json").body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The body; its true length is declared unless {@link #declaredLength(String)} says otherwise. */
    RawHttp body(byte[] body) {
        this.body = body.clone();
        return this;
    }

    /** Declares this Content-Length whatever the body's length (null: no Content-Length header at all). */
    RawHttp declaredLength(String contentLength) {
        this.contentLength = contentLength;
        return this;
    }

    /** Half-closes the connection after the body, so a server waiting for more bytes sees the end at once. */
    RawHttp closeOutputAfterBody() {
        this.closeOutputAfterBody = true;
        return this;
    }

    /** The request as it goes on the wire. */
    byte[] bytes() {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(line -> head.append(line).append("\r\n"));
        String length = contentLength != null ? contentLength : String.valueOf(body.length);
        if (!length.isEmpty() && (body.length > 0 || contentLength != null)) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Sends the request to 127.0.0.1:port and reads the whole response, waiting at most {@code timeoutMillis} per read. */
    Response send(int port, int timeoutMillis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(bytes());
            out.flush();
            if (closeOutputAfterBody) {
                socket.shutdownOutput();
            }
            return Response.read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError(
                    "no complete answer within " + timeoutMillis + " ms to " + method + " " + target, e);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + ": " + e.getMessage(), e);
        }
    }

    /** Sends with a 10 s read timeout. */
    Response send(int port) {
        return send(port, 10_000);
    }

    /**
     * A response read until the server closed the connection; status 0 when it closed without answering.
     *
     * @param status      the status code
     * @param headerBlock the status line and headers
     * @param body        the body, de-chunked
     */
    record Response(int status, String headerBlock, String body) {

        static Response read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            if (all.length == 0) {
                return new Response(0, "", "");
            }
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
            int bodyStart = end < 0 ? all.length : end + 4;
            String[] statusLine = head.split("\r\n", 2)[0].split(" ", 3);
            int status = Integer.parseInt(statusLine[1]);
            boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
            byte[] body = chunked ? dechunk(all, bodyStart) : Arrays.copyOfRange(all, bodyStart, all.length);
            return new Response(status, head, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] data, int from) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
            int at = from;
            while (at < data.length) {
                int lineEnd = indexOf(data, crlf, at);
                if (lineEnd < 0) {
                    break;
                }
                String sizeLine = new String(data, at, lineEnd - at, StandardCharsets.US_ASCII);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                int start = lineEnd + 2;
                int stop = Math.min(data.length, start + size);
                body.write(data, start, stop - start);
                at = stop + 2;
            }
            return body.toByteArray();
        }

        private static int indexOf(byte[] data, byte[] part, int from) {
            outer:
            for (int i = from; i + part.length <= data.length; i++) {
                for (int j = 0; j < part.length; j++) {
                    if (data[i + j] != part[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** A response header's value, or null. */
        String header(String name) {
            for (String line : headerBlock.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        /** The body as JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
