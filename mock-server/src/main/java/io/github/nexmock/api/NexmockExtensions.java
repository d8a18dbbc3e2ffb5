package io.github.nexmock.api;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.VerificationPolicy;
import io.github.nexmock.keys.KeyPairPool;
import io.github.nexmock.server.RejectionLog;
import io.github.nexmock.server.WarningLog;
import io.github.nexmock.state.NexmoState;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The nexmock WireMock extensions for one state and one account, ready to register on any {@code WireMockServer} or
 * JUnit {@code WireMockExtension}: {@code options().extensions(nexmock.extensions())}. They authenticate every stub
 * request, serve the Application and Users APIs from the state, add {@code Nexmock-Warning} headers for tokens
 * Nexmo accepts but that are probably mistakes, add {@code /__admin/nexmock/} and, with an admin token, guard
 * {@code /__admin}.
 */
public final class NexmockExtensions {

    /** How many verified tokens the JWT verifier remembers, so repeated requests skip the RSA work. */
    static final int SIGNATURE_CACHE_SIZE = 4096;

    private final NexmoState state;
    private final AccountCredentials account;
    private final JwtVerifier verifier;
    private final RejectionLog rejections;
    private final WarningLog warnings;
    private final List<Extension> extensions;

    private NexmockExtensions(Builder builder) {
        this.state = Objects.requireNonNull(builder.state, "state(...) is required");
        this.account = builder.account != null ? builder.account : AccountCredentials.generate();
        this.rejections = builder.rejections != null ? builder.rejections : new RejectionLog();
        this.warnings = builder.warnings != null ? builder.warnings : new WarningLog();
        this.verifier = JwtVerifier.builder()
                .keyResolver(applicationId -> state.publicKey(applicationId).map(PublicKey.class::cast))
                .clock(builder.clock)
                .policy(builder.policy)
                .cacheVerifiedSignatures(SIGNATURE_CACHE_SIZE)
                .build();
        // the shared pool starts generating when first asked for, so it is not asked for when a pool was given
        KeyPairPool keyPairs = builder.keyPairs != null ? builder.keyPairs : KeyPairPool.shared();
        List<Extension> all = new ArrayList<>();
        all.add(new NexmoAuthFilter(new Authenticator(account, verifier), new NexmoApis(state, keyPairs), rejections,
                warnings, builder.clock));
        all.add(new WarningHeaders());
        all.add(new NexmockAdminApi(state, rejections, warnings));
        if (builder.adminToken != null) {
            all.add(new AdminTokenFilter(builder.adminToken));
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
     * A renderer answering requests that no API and no stub serves with a 404 problem; register it with
     * {@code options().notMatchedRendererFactory(extensions -> nexmock.notMatchedRenderer())}.
     */
    public NotMatchedRenderer notMatchedRenderer() {
        return new UnmatchedRequestRenderer();
    }

    /** The state the APIs serve. */
    public NexmoState state() {
        return state;
    }

    /** The account's api_key and api_secret. */
    public AccountCredentials account() {
        return account;
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

    /** Configures {@link NexmockExtensions}. */
    public static final class Builder {

        private NexmoState state;
        private AccountCredentials account;
        private Clock clock = Clock.systemUTC();
        private VerificationPolicy policy = VerificationPolicy.defaults();
        private RejectionLog rejections;
        private WarningLog warnings;
        private KeyPairPool keyPairs;
        private String adminToken;

        private Builder() {
        }

        /** The applications and users the APIs serve (required). */
        public Builder state(NexmoState state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /** The account's credentials; generated when not set. */
        public Builder account(AccountCredentials account) {
            this.account = Objects.requireNonNull(account, "account");
            return this;
        }

        /** The clock JWT times are checked against and refusals are stamped with; the system clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Clock skew, token size limit and missing-acl rule; {@link VerificationPolicy#defaults()} unless set. */
        public Builder verificationPolicy(VerificationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Where refusals go; a new log of {@link RejectionLog#DEFAULT_CAPACITY} unless set. */
        public Builder rejectionLog(RejectionLog rejections) {
            this.rejections = Objects.requireNonNull(rejections, "rejections");
            return this;
        }

        /** Where warnings about accepted tokens go; a new log of {@link WarningLog#DEFAULT_CAPACITY} unless set. */
        public Builder warningLog(WarningLog warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /** Where key pairs for applications created without a public key come from; the shared pool unless set. */
        public Builder keyPairs(KeyPairPool keyPairs) {
            this.keyPairs = Objects.requireNonNull(keyPairs, "keyPairs");
            return this;
        }

        /** Requires {@code Authorization: Bearer <token>} on every {@code /__admin} request; none unless set. */
        public Builder adminToken(String adminToken) {
            if (adminToken != null && adminToken.isBlank()) {
                throw new IllegalArgumentException("admin token must not be blank");
            }
            this.adminToken = adminToken;
            return this;
        }

        /** The extensions. */
        public NexmockExtensions build() {
            return new NexmockExtensions(this);
        }
    }
}
