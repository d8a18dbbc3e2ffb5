package io.github.nexmock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs CLI commands in-process with their own working directory, home directory and environment variables. */
final class CliSandbox {

    private final Path workingDirectory;
    private final Path homeDirectory;
    private final Map<String, String> variables = new HashMap<>();

    CliSandbox(Path root) {
        try {
            workingDirectory = Files.createDirectories(root.resolve("work"));
            homeDirectory = Files.createDirectories(root.resolve("home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CliSandbox variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    Path work(String name) {
        return workingDirectory.resolve(name);
    }

    Path home(String name) {
        return homeDirectory.resolve(name);
    }

    CliEnvironment environment() {
        return new CliEnvironment(variables, workingDirectory, homeDirectory);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = NexmockCli.run(args, environment(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {}
}
