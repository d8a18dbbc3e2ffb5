package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replays a state file. A last line without its newline whose checksum does not match, or (in a version 1 file,
 * which has no checksums) that does not parse, is what a crash in the middle of an append leaves: that change was
 * never acknowledged, so it is dropped. Anything else wrong is refused, never repaired: a complete line whose checksum
 * does not match was changed after nexmock wrote it.
 */
final class JournalReader {

    private JournalReader() {}

    /**
     * Replays a state file into an account.
     *
     * @throws StateFileException naming the line when the file is foreign or corrupt anywhere but in a torn last line
     */
    static Account load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Account account = new Account();
        int lineNumber = 0;
        boolean checksummed = false;
        for (int start = 0; start < bytes.length; ) {
            int newline = indexOfNewline(bytes, start);
            boolean terminated = newline >= 0;
            int end = terminated ? newline : bytes.length;
            lineNumber++;
            int jsonEnd = end;
            if (lineNumber == 1 || checksummed) {
                jsonEnd = JournalCodec.checkedJsonEnd(bytes, start, end);
                if (lineNumber == 1) {
                    checksummed = jsonEnd >= 0;
                    if (!checksummed && end - start > 9 && bytes[end - 9] == '\t') {
                        throw new StateFileException(
                                file,
                                1,
                                "the header does not match its checksum: it was "
                                        + "changed after nexmock wrote it; restore the file from a backup");
                    }
                    jsonEnd = checksummed ? jsonEnd : end;
                } else if (jsonEnd < 0) {
                    if (!terminated) {
                        break; // torn by a crash while it was being appended: it was never acknowledged
                    }
                    throw new StateFileException(
                            file,
                            lineNumber,
                            "the record does not match its checksum: it was "
                                    + "changed after nexmock wrote it. nexmock does not repair state files: restore the file "
                                    + "from a backup, or delete this line and the lines after it to start from the state "
                                    + "before this change");
                }
            }
            JsonNode json;
            try {
                json = JournalCodec.parse(utf8(bytes, start, jsonEnd));
            } catch (IllegalArgumentException e) {
                if (!terminated && lineNumber > 1) {
                    break; // torn by a crash while it was being appended: it was never acknowledged
                }
                throw new StateFileException(
                        file,
                        lineNumber,
                        lineNumber == 1 ? "not a nexmock state file (" + e.getMessage() + ")" : e.getMessage(),
                        e);
            }
            try {
                if (lineNumber == 1) {
                    int version = JournalCodec.readHeader(json);
                    if (checksummed != (version != JournalCodec.UNCHECKED_VERSION)) {
                        throw new IllegalArgumentException(
                                checksummed
                                        ? "a version " + version + " header has a "
                                                + "checksum, which only later versions have"
                                        : "the version " + version + " header " + "has no checksum or another one");
                    }
                } else {
                    account.checkAndApply(JournalCodec.decode(json));
                }
            } catch (RuntimeException e) {
                throw new StateFileException(file, lineNumber, e.getMessage(), e);
            }
            start = end + 1;
        }
        return account;
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(byte[] bytes, int start, int end) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8", e);
        }
    }
}
