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
 * Replays a state file. A last line without its newline that does not parse is what a crash in the middle of an
 * append leaves: that change was never acknowledged, so it is dropped. Anything else wrong is refused, never repaired.
 */
final class JournalReader {

    private JournalReader() {
    }

    /**
     * Replays a state file into an account.
     *
     * @throws StateFileException naming the line when the file is foreign or corrupt anywhere but in a torn last line
     */
    static Account load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Account account = new Account();
        int lineNumber = 0;
        for (int start = 0; start < bytes.length; ) {
            int newline = indexOfNewline(bytes, start);
            boolean terminated = newline >= 0;
            int end = terminated ? newline : bytes.length;
            lineNumber++;
            JsonNode json;
            try {
                json = JournalCodec.parse(utf8(bytes, start, end));
            } catch (IllegalArgumentException e) {
                if (!terminated && lineNumber > 1) {
                    break; // torn by a crash while it was being appended: it was never acknowledged
                }
                throw new StateFileException(file, lineNumber, lineNumber == 1
                        ? "not a nexmock state file (" + e.getMessage() + ")" : e.getMessage(), e);
            }
            try {
                if (lineNumber == 1) {
                    JournalCodec.readHeader(json);
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
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8", e);
        }
    }
}
