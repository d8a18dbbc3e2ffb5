package io.github.nexmock.cli;

import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.keys.KeyPairPool;
import io.github.nexmock.server.NexmoMockServer;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code serve}: runs the mock server until SIGTERM or SIGINT, then closes it cleanly (port freed, state file closed).
 * Prints one ready line with the base URL and credentials once it answers requests; the secret is shown only when
 * nexmock generated it.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the Nexmo mock server until SIGTERM or SIGINT.",
            "Credentials: --api-key/--api-secret, NEXMO_*/VONAGE_* variables or .nexmorc; generated and printed"
                    + " when there are none (with --api-key alone, only the secret is generated)."
        })
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private NexmockCli cli;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 exposes the mock to the network.")
    private String bindAddress;

    @Mixin
    private CredentialOptions credentials;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description =
                    "Keep applications and users in FILE: loaded at start, every acknowledged change written before"
                            + " the response, safe against kill -9.")
    private String stateFile;

    @Option(
            names = "--seed",
            paramLabel = "FILE",
            description = "JSON file of applications (with their users) to create at start unless already there.")
    private String seedFile;

    @Option(
            names = "--max-journal",
            paramLabel = "N",
            defaultValue = "" + NexmoMockServer.DEFAULT_MAX_JOURNAL_ENTRIES,
            description = "Requests kept in WireMock's request journal (default: ${DEFAULT-VALUE}).")
    private int maxJournal;

    @Option(
            names = "--max-body-size",
            paramLabel = "BYTES",
            defaultValue = "" + NexmoMockServer.DEFAULT_MAX_BODY_SIZE,
            description = "Largest request body, also once gzip-inflated; a larger one gets a 413 and is not read"
                    + " (default: ${DEFAULT-VALUE}).")
    private long maxBodySize;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            description = "Close a connection that sends nothing for this long, or whose request headers are still"
                    + " arriving after one to two times this (default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds = NexmoMockServer.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(
            names = "--min-data-rate",
            paramLabel = "BYTES_PER_SECOND",
            defaultValue = "" + NexmoMockServer.DEFAULT_MIN_REQUEST_DATA_RATE,
            description = "Answer 408 to a request body arriving slower than this once it has taken longer than"
                    + " --idle-timeout; 0 turns the check off (default: ${DEFAULT-VALUE}).")
    private long minDataRate;

    @Option(
            names = "--admin-token",
            paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' on /__admin.")
    private String adminToken;

    @Option(
            names = "--no-catalog",
            description = "Do not answer the operations of Nexmo's published API descriptions (SMS, Verify, Messages,"
                    + " ...) that no stub matches; they get a 404 instead.")
    private boolean noCatalog;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log every request (path and status, never credentials) and server info.")
    private boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment environment = cli.environment();
        Logging.configure(verbose);
        Optional<ApiCredentials> given = givenCredentials(environment);
        Optional<SeedFile> seed = Optional.ofNullable(seedFile).map(file -> SeedFile.read(environment.resolve(file)));
        Optional<Path> state = stateFile(environment);
        // RSA key generation would compete with start-up for the CPU: the pool starts making spares at the first
        // application created without a public key, which waits for its own pair.
        KeyPairPool keyPairs = KeyPairPool.idle(KeyPairPool.DEFAULT_SPARES);
        NexmoMockServer server;
        try {
            server = builder(given, state).keyPairs(keyPairs).build().start();
        } catch (RuntimeException e) {
            throw new CliException(startFailure(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            cli.err().println("nexmock stopped");
                            stopped.countDown();
                        },
                        "nexmock-shutdown"));
        if (verbose) {
            RequestLog.attach(server, cli.err());
        }
        seed.ifPresent(content -> content.applyTo(server.state(), keyPairs, cli.out()));
        cli.out().println(readyLine(server, given));
        stopped.await();
        return 0;
    }

    private Optional<Path> stateFile(CliEnvironment environment) {
        if (stateFile == null) {
            return Optional.empty();
        }
        Path file = environment.resolve(stateFile);
        if (!Files.isDirectory(file.getParent())) {
            throw new CliException(
                    "cannot use state file " + file + ": directory " + file.getParent() + " does not exist");
        }
        return Optional.of(file);
    }

    private NexmoMockServer.Builder builder(Optional<ApiCredentials> given, Optional<Path> state) {
        NexmoMockServer.Builder builder = NexmoMockServer.builder()
                .port(port)
                .bindAddress(bindAddress)
                .maxJournalEntries(maxJournal)
                .maxBodySize(maxBodySize)
                .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds))
                .minRequestDataRate(minDataRate)
                .catalogue(!noCatalog);
        given.ifPresent(pair -> builder.apiKey(pair.apiKey()).apiSecret(pair.apiSecret()));
        if (given.isEmpty() && credentials.apiKey != null) {
            builder.apiKey(credentials.apiKey);
        }
        state.ifPresent(builder::stateFile);
        if (adminToken != null) {
            builder.adminToken(adminToken);
        }
        return builder;
    }

    private Optional<ApiCredentials> givenCredentials(CliEnvironment environment) {
        if (credentials.apiKey != null && credentials.apiSecret == null) {
            return Optional.empty();
        }
        return new CredentialLookup(environment).find(credentials.apiKey, credentials.apiSecret);
    }

    private String startFailure(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return "cannot listen on " + bindAddress + ":" + port + ": " + OneLine.of(cause);
            }
        }
        return "cannot start: " + OneLine.of(failure);
    }

    private static String readyLine(NexmoMockServer server, Optional<ApiCredentials> given) {
        String secret = given.map(pair -> "(given by " + pair.source() + ")").orElse(server.apiSecret());
        return "nexmock ready: " + server.baseUrl() + " api_key=" + server.apiKey() + " api_secret=" + secret;
    }
}
