package io.github.nexmock.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** Turns a failure into the single line the CLI prints for it. */
final class OneLine {

    private OneLine() {}

    /** The exception's message on one line; its type when it has no message. */
    static String of(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return of(message);
    }

    /** The text with its line breaks folded into spaces. */
    static String of(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
