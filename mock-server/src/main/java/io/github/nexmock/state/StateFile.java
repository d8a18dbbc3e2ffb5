package io.github.nexmock.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The durable form of the state: an append-only journal of JSON lines behind a format header, one line per
 * acknowledged change, each synced to disk before the change is applied.
 * <p>
 * Opening replays the journal, drops a torn last line (what a crash in the middle of an append leaves), refuses
 * anything else that is wrong, then compacts: a fresh journal is written beside the file, synced, and renamed over
 * it, so that the file is at every moment either the old journal or the new one. Files are created owner-only.
 * Writes go through {@link RandomAccessFile}, not an interruptible channel, so that an interrupted request thread
 * cannot close the journal under the others.
 */
final class StateFile implements Journal {

    private final Path file;
    private RandomAccessFile out;
    private long committedLength;
    private boolean unusable;

    /** A state file ready for appends and the account it holds. */
    record Opened(StateFile journal, Account account) {
    }

    private StateFile(Path file) {
        this.file = file;
    }

    /**
     * Loads the state file, creating it when it does not exist, and compacts it.
     *
     * @throws StateFileException when the file is not a nexmock state file or is corrupt before its last line
     * @throws IOException        when it cannot be read or rewritten
     */
    static Opened open(Path path) throws IOException {
        Path file = path.toAbsolutePath();
        Account account = Files.exists(file) ? load(file) : new Account();
        StateFile journal = new StateFile(file);
        journal.replaceWith(account);
        return new Opened(journal, account);
    }

    private static Account load(Path file) throws IOException {
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

    @Override
    public void append(StateChange change) {
        requireUsable();
        byte[] line = JournalCodec.encode(change);
        try {
            out.write(line);
            out.getFD().sync();
            committedLength += line.length;
        } catch (IOException e) {
            rollBack(e);
            throw new UncheckedIOException("could not write state file " + file + "; the change was not applied", e);
        }
    }

    private void rollBack(IOException failure) {
        try {
            out.setLength(committedLength);
            out.seek(committedLength);
            out.getFD().sync();
        } catch (IOException e) {
            unusable = true;
            failure.addSuppressed(e);
        }
    }

    @Override
    public void rewrite(Account account) {
        requireUsable();
        try {
            replaceWith(account);
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite state file " + file + "; nothing was changed", e);
        }
    }

    private void replaceWith(Account account) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            writeJournal(temp, account);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        try {
            if (out != null) {
                out.close();
            }
            out = new RandomAccessFile(file.toFile(), "rw");
            committedLength = out.length();
            out.seek(committedLength);
            syncDirectory();
        } catch (IOException e) {
            unusable = true;
            throw e;
        }
    }

    private static void writeJournal(Path temp, Account account) throws IOException {
        Files.deleteIfExists(temp);
        Files.createFile(temp, ownerOnly(temp));
        try (FileOutputStream stream = new FileOutputStream(temp.toFile())) {
            stream.write(JournalCodec.header());
            for (StateChange change : account.asChanges()) {
                stream.write(JournalCodec.encode(change));
            }
            stream.getFD().sync();
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path temp) {
        return isPosix(temp)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private void syncDirectory() throws IOException {
        if (isPosix(file)) {
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            }
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private void requireUsable() {
        if (unusable) {
            throw new IllegalStateException("state file " + file
                    + " can no longer be written after an earlier failure; restart to reload it");
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close state file " + file, e);
        }
    }
}
