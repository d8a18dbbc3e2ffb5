package io.github.nexmock.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that hold secrets (private keys, {@code .nexmo-app}) readable by their owner only.
 * The content goes to a temporary file created with mode 0600 in the same directory, which then replaces the target,
 * so the secret is never readable by others, not even for a moment, and a crash never leaves half a file.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {}

    /**
     * Writes {@code content} to {@code target}, replacing it if present.
     *
     * @param what names the file in error messages, e.g. "private key file"
     * @throws CliException when the file cannot be written
     */
    static void write(Path target, String content, String what) {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(
                            directory,
                            ".nexmock",
                            ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".nexmock", ".tmp");
            Files.writeString(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            throw new CliException(
                    "cannot write " + what + " " + target + ": directory " + directory + " does not exist", e);
        } catch (IOException e) {
            throw new CliException("cannot write " + what + " " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the temporary file is owner-only and named as ours; leaving it behind is harmless
        }
    }
}
