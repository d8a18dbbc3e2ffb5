package io.github.nexmock.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the standalone jar built by {@code package} as a child process, the way a user runs it: its own working
 * directory, its own home directory and no Nexmo credentials inherited from the environment. Registered as an
 * extension ({@code @RegisterExtension final StandaloneJar jar = new StandaloneJar();}) it makes both directories
 * afresh in a temporary directory before each test, and after it kills every child still running, so a failed test
 * leaves no server behind, and deletes them.
 */
final class StandaloneJar implements BeforeEachCallback, AfterEachCallback {

    private static final Pattern READY = Pattern.compile(
            "nexmock ready: (\\S+)(?: (https://\\S+))? api_key=(\\S+) api_secret=(\\S+)(?: \\S+)* signature_secret=(\\S+)");
    private static final long TIMEOUT_SECONDS = 60;
    private static final ExecutorService STREAMS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "child-output");
        thread.setDaemon(true);
        return thread;
    });

    private final List<Process> children = new CopyOnWriteArrayList<>();
    private Path root;
    private Path workingDirectory;
    private Path homeDirectory;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("nexmock-jar-");
        workingDirectory = Files.createDirectories(root.resolve("work"));
        homeDirectory = Files.createDirectories(root.resolve("home"));
    }

    /** Kills (SIGKILL) every child process still running, then deletes the working and home directories. */
    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException, IOException {
        for (Process child : children) {
            child.destroyForcibly();
            child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        children.clear();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** {@code name} in the children's working directory. */
    Path work(String name) {
        return workingDirectory.resolve(name);
    }

    /** {@code name} in the children's home directory. */
    Path home(String name) {
        return homeDirectory.resolve(name);
    }

    /** Runs a command to completion. */
    Result run(String... args) {
        try {
            Process process = launch(start(List.of(), args).redirectInput(ProcessBuilder.Redirect.PIPE));
            process.getOutputStream().close();
            CompletableFuture<String> out =
                    CompletableFuture.supplyAsync(() -> read(process.getInputStream()), STREAMS);
            CompletableFuture<String> err =
                    CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), STREAMS);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "nexmock " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts {@code serve} with the given options and waits for its ready line. */
    Server serve(String... options) {
        return serve(List.of(), options);
    }

    /** Starts {@code serve} in a JVM given {@code jvmOptions} (such as {@code -Xmx256m}) and waits for its ready line. */
    Server serve(List<String> jvmOptions, String... options) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(options));
        try {
            Path log = Files.createTempFile(workingDirectory, "serve-", ".err");
            Process process =
                    launch(start(jvmOptions, args.toArray(String[]::new)).redirectError(log.toFile()));
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Ready> ready = CompletableFuture.supplyAsync(() -> awaitReady(out), STREAMS);
            try {
                Ready lines = ready.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                Matcher matcher = lines.matcher();
                String httpsUrl = matcher.group(1).startsWith("https:") ? matcher.group(1) : matcher.group(2);
                return new Server(
                        process,
                        matcher.group(1),
                        matcher.group(3),
                        matcher.group(4),
                        matcher.group(5),
                        log,
                        httpsUrl,
                        lines.next());
            } catch (Exception e) {
                process.destroyForcibly();
                throw new AssertionError("serve did not become ready: " + Files.readString(log), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process launch(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        children.add(process);
        return process;
    }

    private ProcessBuilder start(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.home=" + homeDirectory));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEXMO_") || name.startsWith("VONAGE_"));
        return builder;
    }

    private static Path jar() {
        String property = System.getProperty("nexmock.standaloneJar");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            throw new AssertionError(
                    "the standalone jar is missing (" + property + "): run these tests with 'mvn verify'");
        }
        return Path.of(property);
    }

    /** The ready line, and the line after it when the server serves HTTPS (what clients trust), else null. */
    private static Ready awaitReady(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    boolean https = matcher.group(1).startsWith("https:") || matcher.group(2) != null;
                    String next = https ? out.readLine() : null;
                    CompletableFuture.runAsync(() -> drain(out), STREAMS);
                    return new Ready(matcher, next);
                }
            }
            throw new IllegalStateException("serve exited without a ready line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // keep draining so the child never blocks on a full pipe
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    private record Ready(Matcher matcher, String next) {}

    /** What a finished command printed and returned. */
    record Result(int exitCode, String out, String err) {}

    /**
     * A running {@code serve} child process; {@code httpsUrl} and {@code httpsLine} (the line after the ready line)
     * when it serves HTTPS, else null.
     */
    record Server(
            Process process,
            String baseUrl,
            String apiKey,
            String apiSecret,
            String signatureSecret,
            Path log,
            String httpsUrl,
            String httpsLine) {

        /** SIGKILL: no shutdown hook runs, nothing is flushed. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        /** SIGTERM, then waits for the clean shutdown; returns what the server logged on stderr. */
        String stop() throws InterruptedException, IOException {
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("serve did not stop on SIGTERM");
            }
            return Files.readString(log);
        }
    }
}
