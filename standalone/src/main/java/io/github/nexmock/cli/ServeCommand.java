package io.github.nexmock.cli;

import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.server.NexmoMockServer;
import io.github.nexmock.server.NexmockOptions;
import io.github.nexmock.tls.HttpsTrust;
import io.github.nexmock.tls.ServerKeyStore;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    static final String KEYSTORE_PASSWORD_VARIABLE = "NEXMOCK_HTTPS_KEYSTORE_PASSWORD";

    @ParentCommand
    private NexmockCli cli;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}); see --no-http.")
    private int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 exposes the mock to the network.")
    private String bindAddress;

    @Option(
            names = "--https-port",
            paramLabel = "N",
            description = "Serve HTTPS on this port too; 0 picks a free one. The certificate is nexmock's own for"
                    + " localhost, 127.0.0.1 and ::1 (its CA made once, kept in the --state file's directory or"
                    + " ~/.nexmock, printed after the ready line) unless --https-keystore gives one.")
    private Integer httpsPort;

    @Option(names = "--no-http", description = "Serve HTTPS only: no HTTP port (needs --https-port).")
    private boolean noHttp;

    @Option(
            names = "--https-keystore",
            paramLabel = "FILE",
            description = "PKCS#12 or JKS keystore whose key and certificate the HTTPS port serves.")
    private String httpsKeyStore;

    @Option(
            names = "--https-keystore-password",
            paramLabel = "PASSWORD",
            description = "Password of --https-keystore and of its key; else NEXMOCK_HTTPS_KEYSTORE_PASSWORD.")
    private String httpsKeyStorePassword;

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
            defaultValue = "" + NexmockOptions.DEFAULT_MAX_JOURNAL_ENTRIES,
            description = "Requests kept in WireMock's request journal (default: ${DEFAULT-VALUE}).")
    private int maxJournal;

    @Option(
            names = "--max-body-size",
            paramLabel = "BYTES",
            defaultValue = "" + NexmockOptions.DEFAULT_MAX_BODY_SIZE,
            description = "Largest request body, also once gzip-inflated; a larger one gets a 413 and is not read"
                    + " (default: ${DEFAULT-VALUE}).")
    private long maxBodySize;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            description = "Close a connection that sends nothing for this long, or whose request headers are still"
                    + " arriving after one to two times this (default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds = NexmockOptions.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(
            names = "--min-data-rate",
            paramLabel = "BYTES_PER_SECOND",
            defaultValue = "" + NexmockOptions.DEFAULT_MIN_REQUEST_DATA_RATE,
            description = "Answer 408 to a request body arriving slower than this once it has taken longer than"
                    + " --idle-timeout; 0 turns the check off (default: ${DEFAULT-VALUE}).")
    private long minDataRate;

    @Option(
            names = "--admin-token",
            paramLabel = "TOKEN",
            description = "Require 'Authorization: Bearer TOKEN' on /__admin.")
    private String adminToken;

    @Option(
            names = "--signature-secret",
            paramLabel = "SECRET",
            description = "The account's signature secret, which signs webhooks of applications with"
                    + " signed_callbacks (HS256); generated and printed when absent.")
    private String signatureSecret;

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
        Optional<ServerKeyStore> keyStore = httpsKeyStore(environment);
        // RSA key generation would compete with start-up for the CPU: the pool starts making spares at the first
        // application created without a public key, which waits for its own pair.
        KeyPairPool keyPairs = KeyPairPool.idle(KeyPairPool.DEFAULT_SPARES);
        NexmoMockServer server;
        try {
            server = builder(given, state, keyStore, keyPairs, environment)
                    .build()
                    .start();
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
        // one write, so a reader that has the ready line has the line about the CA too
        cli.out().print(readyLine(server, given, signatureSecret != null) + System.lineSeparator() + httpsLine(server));
        cli.out().flush();
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

    private Optional<ServerKeyStore> httpsKeyStore(CliEnvironment environment) {
        if (noHttp && httpsPort == null) {
            throw new CliException("--no-http needs --https-port: without either port nothing would be served");
        }
        String password = httpsKeyStorePassword != null
                ? httpsKeyStorePassword
                : environment.variable(KEYSTORE_PASSWORD_VARIABLE).orElse(null);
        if (httpsKeyStore == null) {
            if (httpsKeyStorePassword != null) {
                throw new CliException("--https-keystore-password needs --https-keystore");
            }
            return Optional.empty();
        }
        if (httpsPort == null) {
            throw new CliException("--https-keystore needs --https-port");
        }
        if (password == null) {
            throw new CliException(
                    "--https-keystore needs its password: --https-keystore-password or " + KEYSTORE_PASSWORD_VARIABLE);
        }
        return Optional.of(new ServerKeyStore(environment.resolve(httpsKeyStore), password));
    }

    /** Where nexmock's CA and certificate are kept: beside the state file, else in the user's ~/.nexmock. */
    private static Path certificateDirectory(Optional<Path> state, CliEnvironment environment) {
        return state.map(file -> file.getParent().resolve("tls"))
                .orElseGet(() -> environment.homeDirectory().resolve(".nexmock").resolve("tls"));
    }

    private NexmoMockServer.Builder builder(
            Optional<ApiCredentials> given,
            Optional<Path> state,
            Optional<ServerKeyStore> keyStore,
            KeyPairPool keyPairs,
            CliEnvironment environment) {
        NexmockOptions.Builder options = NexmockOptions.builder()
                .maxJournalEntries(maxJournal)
                .maxBodySize(maxBodySize)
                .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds))
                .minRequestDataRate(minDataRate)
                .catalogue(!noCatalog)
                .keyPairs(keyPairs);
        given.ifPresent(pair -> options.account(pair.apiKey(), pair.apiSecret()));
        if (given.isEmpty() && credentials.apiKey != null) {
            // a key without its secret: the mock generates the secret, and the ready line shows it
            options.account(credentials.apiKey, ApiCredentials.generate().apiSecret());
        }
        if (adminToken != null) {
            options.adminToken(adminToken);
        }
        if (signatureSecret != null) {
            options.signatureSecret(signatureSecret);
        }
        NexmoMockServer.Builder builder =
                NexmoMockServer.builder().port(port).bindAddress(bindAddress).options(options.build());
        state.ifPresent(builder::stateFile);
        if (httpsPort != null) {
            builder.httpsPort(httpsPort);
            keyStore.ifPresentOrElse(
                    builder::httpsKeyStore,
                    () -> builder.certificateDirectory(certificateDirectory(state, environment)));
        }
        if (noHttp) {
            builder.httpsOnly();
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
                String ports = Stream.of(noHttp ? null : port, httpsPort)
                        .filter(Objects::nonNull)
                        .map(String::valueOf)
                        .collect(Collectors.joining(" or :"));
                return "cannot listen on " + bindAddress + ":" + ports + ": " + OneLine.of(cause);
            }
        }
        return "cannot start: " + OneLine.of(failure);
    }

    private String readyLine(NexmoMockServer server, Optional<ApiCredentials> given, boolean signatureGiven) {
        String secret = given.map(pair -> "(given by " + pair.source() + ")").orElse(server.apiSecret());
        String urls = server.baseUrl() + (httpsPort != null && !noHttp ? " " + server.httpsBaseUrl() : "");
        return "nexmock ready: " + urls + " api_key=" + server.apiKey() + " api_secret=" + secret + " signature_secret="
                + (signatureGiven ? "(given)" : server.signatureSecret());
    }

    /** The line after the ready line: what clients trust for HTTPS; empty without HTTPS. */
    private String httpsLine(NexmoMockServer server) {
        if (httpsPort == null) {
            return "";
        }
        return server.httpsTrust()
                        .map(trust -> "nexmock https: CA certificate " + trust.caCertificate() + " (Java trust store "
                                + trust.trustStore() + ", password " + HttpsTrust.TRUST_STORE_PASSWORD + ")")
                        .orElse("nexmock https: serving the certificate of " + httpsKeyStore)
                + System.lineSeparator();
    }
}
