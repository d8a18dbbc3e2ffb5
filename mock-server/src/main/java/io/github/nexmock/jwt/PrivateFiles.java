package io.github.nexmock.jwt;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold private keys, readable and writable by their owner only (0600 where the file system has POSIX
 * permissions): the content goes to a temporary file made owner-only in the same directory, which then replaces the
 * target atomically, so a key is never readable by others, not even for a moment, and a crash never leaves half a file.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /** Writes {@code content} to {@code file} owner-only, replacing any existing file atomically. */
    public static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        boolean posix = posix(directory);
        Path temp = posix
                ? Files.createTempFile(
                        directory, ".nexmock-key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, ".nexmock-key-", ".tmp");
        try {
            if (posix) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY);
            }
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code directory} and its missing parents; the directory itself owner-only (0700) when it is new. */
    public static Path createDirectory(Path directory) throws IOException {
        Path target = directory.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        try {
            return posix(target.getParent())
                    ? Files.createDirectory(target, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY))
                    : Files.createDirectory(target);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return target;
        }
    }

    private static boolean posix(Path directory) throws IOException {
        return Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
