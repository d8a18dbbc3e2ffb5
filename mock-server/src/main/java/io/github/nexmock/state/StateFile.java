package io.github.nexmock.state;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The durable form of the state: an append-only journal of JSON lines behind a format header, one line per
 * acknowledged change, each synced to disk before the change is applied.
 * <p>
 * Opening replays the journal ({@link JournalReader}), then compacts it: a fresh journal is written beside the file,
 * synced, and renamed over it, so that the file is at every moment either the old journal or the new one. The same
 * rewrite replaces an append whenever the journal has doubled since it was compacted (and grown by at least
 * {@link #COMPACTION_FLOOR} lines), so the file stays proportional to the state. Files are created owner-only.
 * While open, the file is locked through {@code <file>.lock} beside it (the journal itself is replaced by renames, so
 * it cannot carry the lock): a second server, in this process or another, is refused instead of interleaving its
 * writes. The operating system releases the lock when the process dies, even by {@code kill -9}.
 * Writes go through {@link RandomAccessFile}, not an interruptible channel, so that an interrupted request thread
 * cannot close the journal under the others.
 * <p>
 * Once a rewrite's rename is done the file holds the change, so it is applied whatever fails next: a failure to sync
 * the folder (the rename may not survive a crash) is reported by the next change instead, which syncs the folder
 * again first and is refused, unapplied, while that fails; a failure to reopen the file makes it unusable.
 */
final class StateFile implements Journal {

    /** Appended lines below which the journal is never compacted while open. */
    static final int COMPACTION_FLOOR = 10_000;

    private final Path file;
    private final int compactionFloor;
    private final FileChannel lock;
    private RandomAccessFile out;
    private long committedLength;
    private int compactedLines;
    private int appendedLines;
    private final DirectorySync directorySync;
    private IOException unusable;
    private IOException unsyncedDirectory;

    /** Makes a rename in a folder durable; a seam for tests that need it to fail. */
    interface DirectorySync {

        /** Syncs the folder on POSIX file systems (others have no way to, and need none). */
        DirectorySync POSIX = directory -> {
            if (isPosix(directory)) {
                try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        };

        void sync(Path directory) throws IOException;
    }

    /** A state file ready for appends and the account it holds. */
    record Opened(StateFile journal, Account account) {}

    private StateFile(Path file, int compactionFloor, FileChannel lock, DirectorySync directorySync) {
        this.file = file;
        this.compactionFloor = compactionFloor;
        this.lock = lock;
        this.directorySync = directorySync;
    }

    /**
     * Loads the state file, creating it when it does not exist, and compacts it. A symbolic link is followed, so
     * the file it points to is the one rewritten.
     *
     * @param compactionFloor appended lines below which the open journal is not compacted
     * @throws StateFileException when the file is not a nexmock state file, is corrupt before its last line, or is
     *                            open in another server
     * @throws IOException        when it cannot be read or rewritten
     */
    static Opened open(Path path, int compactionFloor) throws IOException {
        return open(path, compactionFloor, DirectorySync.POSIX);
    }

    /** Like {@link #open(Path, int)}, syncing the folder after each rename with {@code directorySync}. */
    static Opened open(Path path, int compactionFloor, DirectorySync directorySync) throws IOException {
        boolean exists = Files.exists(path);
        Path file = exists ? path.toRealPath() : path.toAbsolutePath();
        FileChannel lock = lock(file);
        try {
            Account account = exists ? JournalReader.load(file) : new Account();
            StateFile journal = new StateFile(file, compactionFloor, lock, directorySync);
            journal.replaceWith(account.asChanges());
            if (journal.unusable != null || journal.unsyncedDirectory != null) {
                throw journal.unusable != null ? journal.unusable : journal.unsyncedDirectory;
            }
            return new Opened(journal, account);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Takes the lock of {@code file}, held by the returned channel until it is closed. */
    private static FileChannel lock(Path file) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(
                lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly(lockFile));
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            held = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (held == null) {
            channel.close();
            throw new StateFileException(
                    file,
                    "in use by another nexmock server (it holds " + lockFile.getFileName()
                            + "); stop that one or give this one another state file");
        }
        return channel;
    }

    @Override
    public void append(StateChange change, Account before) {
        requireWritable();
        if (appendedLines >= Math.max(compactionFloor, compactedLines)) {
            List<StateChange> changes = new ArrayList<>(before.asChanges());
            changes.add(change);
            rewrite(changes, "the change was not applied");
            return;
        }
        byte[] line = JournalCodec.encode(change);
        try {
            out.write(line);
            out.getFD().sync();
            committedLength += line.length;
            appendedLines++;
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
            unusable = failure;
            failure.addSuppressed(e);
        }
    }

    @Override
    public void rewrite(Account account) {
        requireWritable();
        rewrite(account.asChanges(), "nothing was changed");
    }

    private void rewrite(List<StateChange> changes, String consequence) {
        try {
            replaceWith(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite state file " + file + "; " + consequence, e);
        }
    }

    private void replaceWith(List<StateChange> changes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            writeJournal(temp, changes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        // the file holds the changes now: what fails from here on is reported by the next change, not by this one
        try {
            if (out != null) {
                out.close();
            }
            out = new RandomAccessFile(file.toFile(), "rw");
            committedLength = out.length();
            out.seek(committedLength);
            compactedLines = changes.size();
            appendedLines = 0;
        } catch (IOException e) {
            unusable = e;
            return;
        }
        syncDirectory();
    }

    /** Syncs the folder after a rename, keeping a failure for the next change to report. */
    private void syncDirectory() {
        try {
            directorySync.sync(file.getParent());
            unsyncedDirectory = null;
        } catch (IOException e) {
            unsyncedDirectory = e;
        }
    }

    private static void writeJournal(Path temp, List<StateChange> changes) throws IOException {
        Files.deleteIfExists(temp);
        Files.createFile(temp, ownerOnly(temp));
        try (FileOutputStream stream = new FileOutputStream(temp.toFile())) {
            BufferedOutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
            buffered.write(JournalCodec.header());
            for (StateChange change : changes) {
                buffered.write(JournalCodec.encode(change));
            }
            buffered.flush();
            stream.getFD().sync();
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path temp) {
        return isPosix(temp)
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Refuses a change before anything is written when the file can no longer be written, or when the folder could
     * not be synced after the last rename and still cannot.
     */
    private void requireWritable() {
        if (unusable != null) {
            throw new IllegalStateException(
                    "state file " + file + " can no longer be written after an earlier failure; restart to reload it",
                    unusable);
        }
        if (unsyncedDirectory != null) {
            syncDirectory();
            if (unsyncedDirectory != null) {
                throw new UncheckedIOException(
                        "could not sync the folder of state file " + file + " after the last change, which was"
                                + " applied but may not survive a crash; this change was not applied",
                        unsyncedDirectory);
            }
        }
    }

    @Override
    public void close() {
        try (FileChannel held = lock) {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close state file " + file, e);
        }
    }
}
