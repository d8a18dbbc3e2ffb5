package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import io.github.nexmock.api.Routes;
import io.github.nexmock.api.UnmatchedRequestRenderer;
import io.github.nexmock.auth.Gate;
import io.github.nexmock.catalogue.Catalogue;
import io.github.nexmock.catalogue.CatalogueLog;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.jwt.WarningLog;
import io.github.nexmock.state.Application;
import io.github.nexmock.state.ApplicationFields;
import io.github.nexmock.state.NexmoState;
import io.github.nexmock.state.User;
import io.github.nexmock.state.UserFields;
import io.github.nexmock.voice.Calls;
import io.github.nexmock.voice.ClockScheduler;
import io.github.nexmock.voice.DeliveryLog;
import io.github.nexmock.voice.WebhookSender;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The nexmock WireMock extensions for one state and one account, ready to register on any {@code WireMockServer} or
 * JUnit {@code WireMockExtension}: {@code options().extensions(nexmock.extensions())}. They authenticate every stub
 * request, serve the Application and Users APIs from the state, add {@code Nexmock-Warning} headers for tokens
 * Nexmo accepts but that are probably mistakes, add {@code /__admin/nexmock/} and, with an admin token, guard
 * {@code /__admin}. The Voice API's calls live here too, with their timers and webhooks: {@link #close()} stops them.
 */
public final class NexmockWireMock implements AutoCloseable {

    /** How many verified tokens the JWT verifier remembers, so repeated requests skip the RSA work. */
    static final int SIGNATURE_CACHE_SIZE = 4096;

    private final NexmoState state;
    private final NexmockOptions options;
    private final ApiCredentials account;
    private final JwtVerifier verifier;
    private final RejectionLog rejections;
    private final WarningLog warnings;
    private final Routes routes;
    private final Catalogue catalogue;
    private final CatalogueLog catalogueLog = new CatalogueLog();
    private final CatalogueRenderer catalogueAnswers;
    private final UserStubs stubs = new UserStubs();
    private final List<Extension> extensions;
    private final String signatureSecret;
    private final ClockScheduler scheduler;
    private final WebhookSender webhooks;
    private final Calls calls;

    private NexmockWireMock(Builder builder) {
        this.options = builder.options;
        this.state = builder.state != null ? builder.state : NexmoState.inMemory(options.clock());
        this.account = options.account() != null ? options.account() : ApiCredentials.generate();
        this.rejections = new RejectionLog(options.maxRejections());
        this.warnings = new WarningLog(options.maxWarnings());
        this.verifier = JwtVerifier.builder()
                .keyResolver(applicationId -> state.publicKey(applicationId).map(PublicKey.class::cast))
                .clock(options.clock())
                .policy(options.verificationPolicy())
                .cacheVerifiedSignatures(SIGNATURE_CACHE_SIZE)
                .build();
        // the shared pool starts generating when first asked for, so it is not asked for when a pool was given
        KeyPairPool keyPairs = options.keyPairs();
        List<Extension> all = new ArrayList<>();
        this.signatureSecret = options.signatureSecret() != null
                ? options.signatureSecret()
                : ApiCredentials.generateSignatureSecret();
        this.scheduler = new ClockScheduler(options.clock());
        this.webhooks = new WebhookSender(options.clock(), new DeliveryLog(DeliveryLog.DEFAULT_CAPACITY));
        this.calls = new Calls(state, scheduler, webhooks, account.apiKey(), signatureSecret);
        this.routes = new Routes(state, keyPairs, options.maxBodySize(), calls, options.clock());
        this.catalogue = !options.catalogue()
                ? null
                : builder.catalogue != null
                        ? builder.catalogue
                        : Catalogue.discover(NexmockWireMock.class.getClassLoader())
                                .orElse(null);
        this.catalogueAnswers = catalogue == null
                ? null
                : new CatalogueRenderer(catalogue, new UnmatchedRequestRenderer(routes), catalogueLog, options.clock());
        all.add(new NexmoAuthFilter(
                new Gate(account, verifier, options.maxBodySize(), rejections, warnings, options.clock()),
                routes,
                catalogue,
                catalogueAnswers,
                stubs));
        all.add(new WarningHeaders());
        all.add(new NexmockAdminApi(state, rejections, warnings, calls, webhooks.log()));
        if (options.adminToken() != null) {
            all.add(new AdminTokenFilter(options.adminToken()));
        }
        this.extensions = List.copyOf(all);
    }

    /** Starts the extensions of a state; everything but the state has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The extensions to pass to {@code WireMockConfiguration.extensions(...)}. */
    public Extension[] extensions() {
        return extensions.toArray(Extension[]::new);
    }

    /**
     * A renderer answering requests that no API and no stub serves: from the catalogue when they are described
     * operations, else with a 404 problem; register it with
     * {@code options().notMatchedRendererFactory(extensions -> nexmock.notMatchedRenderer())}.
     */
    public NotMatchedRenderer notMatchedRenderer() {
        return catalogueAnswers != null ? catalogueAnswers : new UnmatchedRequestRenderer(routes);
    }

    /** The catalogue answering described operations, if one is on the class path and switched on. */
    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /** Where the requests the catalogue answered are recorded. */
    public CatalogueLog catalogueLog() {
        return catalogueLog;
    }

    /** The state the APIs serve. */
    public NexmoState state() {
        return state;
    }

    /** The options the extensions run with. */
    public NexmockOptions options() {
        return options;
    }

    /** The account's api_key and api_secret. */
    public ApiCredentials account() {
        return account;
    }

    /** The account's signature secret, which signs the webhooks of applications with {@code signed_callbacks}. */
    public String signatureSecret() {
        return signatureSecret;
    }

    /** The Voice API's calls, to look up and drive in tests. */
    public Calls calls() {
        return calls;
    }

    /** Where webhooks are sent from, with their delivery log and deliberate defects. */
    public WebhookSender webhooks() {
        return webhooks;
    }

    /** Creates an application whose JWTs are signed by the private half of {@code publicKey}'s pair. */
    public Application createApplication(String name, PublicKey publicKey) {
        return state.createApplication(ApplicationFields.of(name, RsaKeys.toPublicPem(publicKey)));
    }

    /** Creates an application with a key pair from the options' pool (instant once the pool is warm). */
    public CreatedApplication createApplication(String name) {
        KeyPair pair = options.keyPairs().take();
        return new CreatedApplication(createApplication(name, pair.getPublic()), pair.getPrivate());
    }

    /**
     * Creates a user of an application.
     *
     * @throws io.github.nexmock.state.ApplicationNotFoundException when there is no such application
     * @throws io.github.nexmock.state.DuplicateUserNameException   when the application has a user of that name
     */
    public User createUser(String applicationId, String name) {
        return state.createUser(applicationId, UserFields.named(name));
    }

    /**
     * Deletes an application and its users; its JWTs stop verifying at once.
     *
     * @throws io.github.nexmock.state.ApplicationNotFoundException when there is no such application
     */
    public void deleteApplication(String applicationId) {
        state.deleteApplication(applicationId);
    }

    /** Stops the call timers; pending ones never fire. */
    @Override
    public void close() {
        scheduler.close();
    }

    /** The verifier of Bearer JWTs, resolving keys from the state. */
    public JwtVerifier verifier() {
        return verifier;
    }

    /** Where refused requests are recorded. */
    public RejectionLog rejections() {
        return rejections;
    }

    /** Where tokens accepted with warnings are recorded. */
    public WarningLog warnings() {
        return warnings;
    }

    /**
     * The WireMock configuration of a server of its own running these extensions: Jetty with the options' limits and
     * admin token in front of everything, a journal of the options' size that keeps no secret, the 404 problem for
     * requests nothing serves, and the clients of proxied stubs built at their first use, not at start.
     */
    public WireMockConfiguration serverConfiguration(int port, String bindAddress) {
        WireMockConfiguration configuration = WireMockConfiguration.options()
                .port(port)
                .bindAddress(bindAddress)
                .maxLoggedResponseSize(RedactingJournalStore.BODY_LIMIT)
                .stubRequestLoggingDisabled(true)
                .notMatchedRendererFactory(loaded -> notMatchedRenderer())
                .httpClientFactory(new ProxyClientsOnFirstUse())
                .httpServerFactory(new GuardedJettyServerFactory(
                        options.httpLimits(),
                        options.adminToken() != null ? new AdminTokenFilter(options.adminToken()) : null))
                .extensions(extensions())
                .extensions(stubs);
        return configuration.withStores(new RedactingStores(configuration.filesRoot(), options.maxJournalEntries()));
    }

    /** Configures {@link NexmockWireMock}. */
    public static final class Builder {

        private NexmoState state;
        private NexmockOptions options = NexmockOptions.defaults();
        private Catalogue catalogue;

        private Builder() {}

        /**
         * The catalogue of described operations; the one on the class path unless set. Either answers only while
         * the options' {@link NexmockOptions#catalogue()} is on.
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** The applications and users the APIs serve; a new in-memory state on the options' clock unless set. */
        public Builder state(NexmoState state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * The clock, verification policy, account, admin token, key pairs and body limit; {@link
         * NexmockOptions#defaults()} unless set. On your own WireMock the body has been read whole before the limit
         * applies: it bounds what the APIs parse.
         */
        public Builder options(NexmockOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The extensions. */
        public NexmockWireMock build() {
            return new NexmockWireMock(this);
        }
    }
}
