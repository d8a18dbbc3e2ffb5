package io.github.nexmock.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.state.StateChange.ApplicationDeleted;
import io.github.nexmock.state.StateChange.ApplicationPut;
import io.github.nexmock.state.StateChange.UserDeleted;
import io.github.nexmock.state.StateChange.UserPut;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The state file's line format: a header line, then one JSON object per change. JSON members that are absent
 * from a record are absent from its line, so records survive the round trip exactly. Since version 2 every line,
 * the header included, ends with a tab and the CRC32C of the JSON's bytes in 8 hex digits, so a record changed after
 * it was written is found at start instead of loaded (compact JSON never holds a raw tab). Version 1 files, written
 * before checksums, are still read; opening rewrites them as version 2.
 */
final class JournalCodec {

    private static final String FORMAT = "nexmock-state";
    private static final int VERSION = 2;
    /** The version before checksums. */
    static final int UNCHECKED_VERSION = 1;

    private static final byte SEPARATOR = '\t';
    private static final int CHECKSUM_DIGITS = 8;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JournalCodec() {}

    static byte[] header() {
        ObjectNode header = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION);
        return line(header);
    }

    /**
     * Checks a header line.
     *
     * @return the file's version: {@link #UNCHECKED_VERSION} or the current one, whose lines carry checksums
     * @throws IllegalArgumentException saying why this is not a header this version reads
     */
    static int readHeader(JsonNode header) {
        if (!header.path("format").asText().equals(FORMAT)) {
            throw new IllegalArgumentException("not a nexmock state file: the first line must be "
                    + MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION));
        }
        JsonNode version = header.path("version");
        if (!version.isInt() || version.intValue() != VERSION && version.intValue() != UNCHECKED_VERSION) {
            throw new IllegalArgumentException("unsupported nexmock state file version " + version
                    + "; this nexmock reads versions " + UNCHECKED_VERSION + " and " + VERSION);
        }
        return version.intValue();
    }

    /**
     * The end of the JSON of a checksummed line {@code bytes[start, end)} (where its tab is), when the checksum after
     * the tab is that of the JSON's bytes; -1 when the line has no checksum or another one.
     */
    static int checkedJsonEnd(byte[] bytes, int start, int end) {
        int separator = end - CHECKSUM_DIGITS - 1;
        if (separator < start || bytes[separator] != SEPARATOR) {
            return -1;
        }
        String written = new String(bytes, separator + 1, CHECKSUM_DIGITS, StandardCharsets.US_ASCII);
        return written.equals(checksum(bytes, start, separator)) ? separator : -1;
    }

    private static String checksum(byte[] bytes, int start, int end) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, start, end - start);
        return String.format("%08x", crc.getValue());
    }

    static byte[] encode(StateChange change) {
        ObjectNode line = MAPPER.createObjectNode();
        if (change instanceof ApplicationPut put) {
            line.put("op", "application.put").set("application", application(put.application()));
        } else if (change instanceof ApplicationDeleted deleted) {
            line.put("op", "application.delete").put("application_id", deleted.applicationId());
        } else if (change instanceof UserPut put) {
            line.put("op", "user.put").put("sequence", put.sequence()).set("user", user(put.user()));
        } else if (change instanceof UserDeleted deleted) {
            line.put("op", "user.delete")
                    .put("application_id", deleted.applicationId())
                    .put("user_id", deleted.userId());
        }
        return line(line);
    }

    /**
     * Reads one change from a parsed line.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static StateChange decode(JsonNode line) {
        String op = text(line, "op");
        return switch (op) {
            case "application.put" -> new ApplicationPut(application(object(line, "application")));
            case "application.delete" -> new ApplicationDeleted(text(line, "application_id"));
            case "user.put" -> new UserPut(user(object(line, "user")), sequence(line));
            case "user.delete" -> new UserDeleted(text(line, "application_id"), text(line, "user_id"));
            default -> throw new IllegalArgumentException("unknown op '" + op + "'");
        };
    }

    /**
     * Parses one line as a JSON object.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static JsonNode parse(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return node;
    }

    private static byte[] line(JsonNode node) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
        byte[] suffix = ("\t" + checksum(json, 0, json.length) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] line = Arrays.copyOf(json, json.length + suffix.length);
        System.arraycopy(suffix, 0, line, json.length, suffix.length);
        return line;
    }

    private static ObjectNode application(Application application) {
        ObjectNode node = MAPPER.createObjectNode().put("id", application.id()).put("name", application.name());
        Json.putIfPresent(node, "capabilities", application.capabilities());
        Json.putIfPresent(node, "privacy", application.privacy());
        return node.put("public_key", application.publicKeyPem());
    }

    private static Application application(JsonNode node) {
        String pem = text(node, "public_key");
        return new Application(
                text(node, "id"),
                text(node, "name"),
                node.get("capabilities"),
                node.get("privacy"),
                pem,
                RsaKeys.readPublicKey(pem));
    }

    private static ObjectNode user(User user) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("id", user.id())
                .put("application_id", user.applicationId())
                .put("name", user.name());
        UserJson.putData(UserJson.putProfile(node, user), user);
        return node.put("created_at", user.createdAt().toString());
    }

    private static User user(JsonNode node) {
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(node, "created_at"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created_at is not an ISO-8601 instant", e);
        }
        return new User(
                text(node, "id"),
                text(node, "application_id"),
                text(node, "name"),
                optionalText(node, "display_name"),
                optionalText(node, "image_url"),
                node.get("properties"),
                node.get("channels"),
                createdAt);
    }

    private static long sequence(JsonNode line) {
        JsonNode sequence = line.get("sequence");
        if (sequence == null
                || !sequence.isIntegralNumber()
                || !sequence.canConvertToLong()
                || sequence.longValue() < 1) {
            throw new IllegalArgumentException("sequence must be a positive integer");
        }
        return sequence.longValue();
    }

    private static JsonNode object(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(name + " must be a JSON object");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode node, String name) {
        return node.has(name) ? text(node, name) : null;
    }
}
