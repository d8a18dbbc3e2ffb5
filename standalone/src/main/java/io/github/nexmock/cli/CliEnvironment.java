package io.github.nexmock.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the commands read from the process: environment variables, working and home directories.
 * Passed in rather than read globally so tests can run commands in a sandbox.
 *
 * @param variables        environment variables
 * @param workingDirectory where relative paths and local config files ({@code ./.nexmorc}) are resolved
 * @param homeDirectory    where the user's config files ({@code ~/.nexmorc}, {@code ~/.nexmo-app}) live
 */
record CliEnvironment(Map<String, String> variables, Path workingDirectory, Path homeDirectory) {

    CliEnvironment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        homeDirectory = homeDirectory.toAbsolutePath().normalize();
    }

    /** The environment of this JVM. */
    static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Path.of(""), Path.of(System.getProperty("user.home")));
    }

    /** The value of a variable, empty when unset or blank. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    /** A user-supplied path, resolved against the working directory when relative. */
    Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }

    /**
     * A config file as nexmo-cli looks it up: in the working directory first, then in the home directory.
     * Empty when neither exists.
     */
    Optional<Path> configFile(String fileName) {
        Path local = workingDirectory.resolve(fileName);
        if (local.toFile().isFile()) {
            return Optional.of(local);
        }
        Path home = homeDirectory.resolve(fileName);
        return home.toFile().isFile() ? Optional.of(home) : Optional.empty();
    }
}
