package io.github.nexmock.state;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when a state file cannot be loaded because it is not a nexmock state file, is corrupt somewhere other than a
 * torn last line, or is open in another server. The file is left as it is for a person to inspect.
 */
public final class StateFileException extends IOException {

    private static final long serialVersionUID = 1L;

    StateFileException(Path file, String problem) {
        super("state file " + file + ": " + problem);
    }

    StateFileException(Path file, int line, String problem) {
        super("state file " + file + ", line " + line + ": " + problem);
    }

    StateFileException(Path file, int line, String problem, Throwable cause) {
        super("state file " + file + ", line " + line + ": " + problem, cause);
    }
}
