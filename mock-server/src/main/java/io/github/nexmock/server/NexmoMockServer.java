package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.nexmock.catalogue.CatalogueLog;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.jwt.WarningLog;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.StateSnapshot;
import io.github.nexmock.state.User;
import io.github.nexmock.tls.HttpsTrust;
import io.github.nexmock.tls.LocalCertificateAuthority;
import io.github.nexmock.tls.ServerKeyStore;
import io.github.nexmock.voice.Calls;
import io.github.nexmock.voice.WebhookSender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A mock of the Nexmo Application, Users and Voice APIs on an embedded WireMock server, with real, thread-safe state and
 * every request authenticated as Nexmo does it. Start one per test class or share one per JVM; stubs added through
 * {@link #wireMock()} sit behind the same authentication.
 *
 * <pre>{@code
 * try (NexmoMockServer nexmo = NexmoMockServer.builder().build().start()) {
 *     CreatedApplication app = nexmo.createApplication("demo");
 *     // point the code under test at nexmo.baseUrl()
 * }
 * }</pre>
 *
 * <p>Its builder holds what is the server's own (ports, HTTPS, bind address, state); every other option is a
 * {@link NexmockOptions}, given whole with {@link Builder#options(NexmockOptions)}.
 */
public final class NexmoMockServer implements AutoCloseable {

    private final NexmoState state;
    private final NexmockWireMock nexmock;
    private final WireMockServer wireMock;
    private final String bindAddress;
    private final boolean http;
    private final boolean https;
    private final HttpsTrust httpsTrust;
    private final KeyPairPool keyPairs;
    private boolean closed;

    private NexmoMockServer(Builder builder) {
        this.bindAddress = builder.bindAddress;
        this.http = !builder.httpsOnly;
        this.https = builder.httpsPort >= 0;
        if ((builder.httpsOnly || builder.httpsKeyStore != null) && !https) {
            throw new IllegalStateException((builder.httpsOnly ? "httpsOnly()" : "httpsKeyStore(...)")
                    + " needs an HTTPS port: httpsPort(0) for a free one");
        }
        ServerKeyStore keyStore = null;
        LocalCertificateAuthority authority = null;
        if (https && builder.httpsKeyStore != null) {
            keyStore = builder.httpsKeyStore;
            keyStore.load();
        } else if (https) {
            authority = builder.certificateDirectory != null
                    ? LocalCertificateAuthority.in(builder.certificateDirectory)
                    : LocalCertificateAuthority.forThisJvm();
            keyStore = authority.serverKeyStore();
        }
        this.httpsTrust = authority != null ? authority.trust() : null;
        NexmockOptions resolved = builder.options;
        this.keyPairs = resolved.keyPairs();
        this.state = openState(builder, resolved.clock());
        try {
            this.nexmock =
                    NexmockWireMock.builder().state(state).options(resolved).build();
            WireMockConfiguration configuration = nexmock.serverConfiguration(builder.port, builder.bindAddress);
            if (https) {
                // HTTP/1.1 over TLS, as over plain HTTP: the limits on request heads apply to every connection
                configuration
                        .httpsPort(builder.httpsPort)
                        .keystorePath(keyStore.path().toString())
                        .keystorePassword(keyStore.password())
                        .keyManagerPassword(keyStore.password())
                        .keystoreType("PKCS12")
                        .http2TlsDisabled(true)
                        .httpDisabled(!http);
            }
            this.wireMock = new WireMockServer(configuration);
        } catch (RuntimeException e) {
            state.close(); // nobody holds this server to close it: release the state file now
            throw e;
        }
    }

    private static NexmoState openState(Builder builder, Clock clock) {
        NexmoState state;
        try {
            state = builder.stateFile != null
                    ? NexmoState.durable(builder.stateFile, clock)
                    : NexmoState.inMemory(clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open state file " + builder.stateFile + ": " + e.getMessage(), e);
        }
        if (builder.initialState != null) {
            try {
                state.restore(builder.initialState);
            } catch (RuntimeException e) {
                state.close();
                throw e;
            }
        }
        return state;
    }

    /** Starts configuring a server: random port on 127.0.0.1, generated account credentials, in-memory state. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving; returns this server, so {@code builder().build().start()} reads as one step. When it cannot
     * start (the port is taken, ...) it closes the server, releasing its state file, since the caller of that one step
     * never gets a server to close.
     */
    public synchronized NexmoMockServer start() {
        if (closed) {
            throw new IllegalStateException("this server has been closed; build a new one");
        }
        if (!wireMock.isRunning()) {
            try {
                wireMock.start();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
        return this;
    }

    /** Stops serving; the state is kept and {@link #start()} serves it again. */
    public synchronized void stop() {
        if (wireMock.isRunning()) {
            wireMock.stop();
        }
    }

    /** Stops serving for good and releases the state file, if any. */
    @Override
    public synchronized void close() {
        stop();
        if (!closed) {
            closed = true;
            nexmock.close();
            state.close();
        }
    }

    /** Whether the server is serving requests. */
    public boolean isRunning() {
        return wireMock.isRunning();
    }

    /**
     * {@code http://127.0.0.1:PORT}, or the bind address when it is a specific one; with {@link Builder#httpsOnly()}
     * the {@link #httpsBaseUrl()}. The server must be running.
     */
    public String baseUrl() {
        return http ? "http://" + host() + ":" + port() : httpsBaseUrl();
    }

    /**
     * {@code https://127.0.0.1:PORT}, or the bind address when it is a specific one; the server must be running and
     * serve HTTPS ({@link Builder#httpsPort(int)}).
     */
    public String httpsBaseUrl() {
        return "https://" + host() + ":" + httpsPort();
    }

    /** The HTTP port the server listens on; the server must be running and serve HTTP. */
    public int port() {
        requireRunning();
        if (!http) {
            throw new IllegalStateException("this server serves HTTPS only; its port is httpsPort()");
        }
        return wireMock.port();
    }

    /** The HTTPS port the server listens on; the server must be running and serve HTTPS. */
    public int httpsPort() {
        requireRunning();
        if (!https) {
            throw new IllegalStateException("this server serves no HTTPS; set Builder.httpsPort(...)");
        }
        return wireMock.httpsPort();
    }

    /**
     * What a client needs to trust the HTTPS port when it serves nexmock's own certificate: the CA certificate (PEM
     * and PKCS#12 trust store) and an {@code SSLContext}. Empty without HTTPS or with {@link
     * Builder#httpsKeyStore(ServerKeyStore) a keystore of your own}.
     */
    public Optional<HttpsTrust> httpsTrust() {
        return Optional.ofNullable(httpsTrust);
    }

    private String host() {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private void requireRunning() {
        if (!wireMock.isRunning()) {
            throw new IllegalStateException("the server is not running; call start() first");
        }
    }

    /** The account's api_key. */
    public String apiKey() {
        return nexmock.account().apiKey();
    }

    /** The account's api_secret; keep it out of logs. */
    public String apiSecret() {
        return nexmock.account().apiSecret();
    }

    /** The applications and users the server holds. */
    public NexmoState state() {
        return state;
    }

    /** The WireMock server underneath, for stubs of other Nexmo APIs; the authentication filter guards them too. */
    public WireMockServer wireMock() {
        return wireMock;
    }

    /** The account's signature secret, which signs webhooks of applications with {@code signed_callbacks}. */
    public String signatureSecret() {
        return nexmock.signatureSecret();
    }

    /** The calls made through the Voice API, to look up and drive (answer, complete, fail) in tests. */
    public Calls calls() {
        return nexmock.calls();
    }

    /** The webhooks the mock sends: their delivery log, and deliberate defects to set. */
    public WebhookSender webhooks() {
        return nexmock.webhooks();
    }

    /** The requests refused for their credentials, latest last. */
    public RejectionLog rejections() {
        return nexmock.rejections();
    }

    /** The requests accepted with tokens Nexmo accepts but that are probably mistakes, latest last. */
    public WarningLog warnings() {
        return nexmock.warnings();
    }

    /** The requests the catalogue of described operations answered because no stub matched them, latest last. */
    public CatalogueLog catalogueAnswers() {
        return nexmock.catalogueLog();
    }

    /** The extensions this server runs, with its verifier and account, for reuse in tooling. */
    public NexmockWireMock extensions() {
        return nexmock;
    }

    /** Creates an application whose JWTs are signed by the private half of {@code publicKey}'s pair. */
    public Application createApplication(String name, PublicKey publicKey) {
        return nexmock.createApplication(name, publicKey);
    }

    /** Creates an application with a key pair from the server's pool (instant once the pool is warm). */
    public CreatedApplication createApplication(String name) {
        return nexmock.createApplication(name);
    }

    /**
     * Creates a user of an application.
     *
     * @throws io.github.nexmock.state.ApplicationNotFoundException when there is no such application
     * @throws io.github.nexmock.state.DuplicateUserNameException   when the application has a user of that name
     */
    public User createUser(String applicationId, String name) {
        return nexmock.createUser(applicationId, name);
    }

    /**
     * Deletes an application and its users; its JWTs stop verifying at once.
     *
     * @throws io.github.nexmock.state.ApplicationNotFoundException when there is no such application
     */
    public void deleteApplication(String applicationId) {
        nexmock.deleteApplication(applicationId);
    }

    /** Configures a {@link NexmoMockServer}. */
    public static final class Builder {

        private int port;
        private int httpsPort = -1;
        private boolean httpsOnly;
        private ServerKeyStore httpsKeyStore;
        private Path certificateDirectory;
        private String bindAddress = "127.0.0.1";
        private Path stateFile;
        private StateSnapshot initialState;
        private NexmockOptions options = NexmockOptions.defaults();

        private Builder() {}

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Serves HTTPS on this port too (0 picks a free one), with nexmock's certificate for {@code localhost},
         * {@code 127.0.0.1} and {@code ::1} unless {@link #httpsKeyStore(ServerKeyStore)} gives one; no HTTPS unless
         * set. Every limit, the authentication and the admin token apply to it as to HTTP.
         */
        public Builder httpsPort(int httpsPort) {
            if (httpsPort < 0 || httpsPort > 65535) {
                throw new IllegalArgumentException("HTTPS port must be 0 to 65535, was " + httpsPort);
            }
            this.httpsPort = httpsPort;
            return this;
        }

        /** Serves HTTPS only, no HTTP port: for clients that must not fall back to plain HTTP. Needs {@link #httpsPort}. */
        public Builder httpsOnly() {
            this.httpsOnly = true;
            return this;
        }

        /**
         * The keystore (PKCS#12 or JKS) whose key and certificate the HTTPS port serves, instead of nexmock's own;
         * read when the server is built, so a wrong file or password fails {@link #build()}.
         */
        public Builder httpsKeyStore(ServerKeyStore keyStore) {
            this.httpsKeyStore = Objects.requireNonNull(keyStore, "keyStore");
            return this;
        }

        /**
         * Where nexmock's CA and server certificate are made once and kept (see {@link LocalCertificateAuthority});
         * unless set, a temporary directory of this JVM's, deleted when it exits.
         */
        public Builder certificateDirectory(Path directory) {
            this.certificateDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The address to listen on; 127.0.0.1 unless set, so nothing off this machine can reach the mock. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** Keeps the state in this file, every change synced before it is acknowledged; in memory unless set. */
        public Builder stateFile(Path stateFile) {
            this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
            return this;
        }

        /** Starts from these applications and users instead of the empty (or file) state. */
        public Builder initialState(StateSnapshot initialState) {
            this.initialState = Objects.requireNonNull(initialState, "initialState");
            return this;
        }

        /**
         * Everything about the mock that is not where it listens or keeps its state: the clock, the verification
         * policy, the account (api_key and api_secret), the signature secret, the admin token, the sizes of the
         * journal, the rejection log and the warning log, the key pairs, the HTTP limits (largest body, idle timeout,
         * slowest request data rate) and whether the catalogue answers; {@link NexmockOptions#defaults()} unless set.
         * Build them with {@link NexmockOptions#builder()}; the server's own settings (ports, HTTPS, bind address,
         * state) are the other methods of this builder.
         */
        public Builder options(NexmockOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The server, not yet started; opens the state file when one is set, and with HTTPS reads the keystore or
         * makes (or reads) nexmock's certificates.
         */
        public NexmoMockServer build() {
            return new NexmoMockServer(this);
        }
    }
}
