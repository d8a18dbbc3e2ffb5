package io.github.nexmock.server;

import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.KeyPairPool;
import io.github.nexmock.jwt.RejectionLog;
import io.github.nexmock.jwt.VerificationPolicy;
import io.github.nexmock.jwt.WarningLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything that tunes the mock, declared once: the clock, the JWT verification policy, the account and its
 * signature secret, the admin token, the sizes of the request journal and of the rejection log (the warning log's is
 * fixed), the key pairs and the HTTP limits. {@link io.github.nexmock.server.NexmoMockServer},
 * {@link NexmockWireMock} and the JUnit extension's builder each take it whole ({@code options(...)}), the way
 * WireMock's extension takes WireMock's {@code Options}.
 *
 * <p>Over 250 lines because it is one accessor and one checked builder setter per option, each with the
 * javadoc of its default; nothing else.
 */
public final class NexmockOptions {

    /** How many served requests WireMock's journal keeps unless told otherwise. */
    public static final int DEFAULT_MAX_JOURNAL_ENTRIES = 1000;
    /** The largest request body unless told otherwise: 1 MiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 1 << 20;
    /** How long a connection may send nothing unless told otherwise. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The fewest bytes per second a slow request body must arrive at unless told otherwise. */
    public static final long DEFAULT_MIN_REQUEST_DATA_RATE = 1024;

    private final Clock clock;
    private final VerificationPolicy verificationPolicy;
    private final ApiCredentials account;
    private final String adminToken;
    private final int maxJournalEntries;
    private final int maxRejections;
    private final int maxWarnings;
    private final KeyPairPool keyPairs;
    private final long maxBodySize;
    private final Duration idleTimeout;
    private final long minRequestDataRate;
    private final String signatureSecret;
    private final boolean catalogue;

    private NexmockOptions(Builder builder) {
        this.clock = builder.clock;
        this.verificationPolicy = builder.verificationPolicy;
        this.account = builder.account;
        this.adminToken = builder.adminToken;
        this.maxJournalEntries = builder.maxJournalEntries;
        this.maxRejections = builder.maxRejections;
        this.maxWarnings = builder.maxWarnings;
        this.keyPairs = builder.keyPairs;
        this.maxBodySize = builder.maxBodySize;
        this.idleTimeout = builder.idleTimeout;
        this.minRequestDataRate = builder.minRequestDataRate;
        this.signatureSecret = builder.signatureSecret;
        this.catalogue = builder.catalogue;
    }

    /** Starts from the defaults: system clock, default policy, generated account, no admin token, shared pool. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static NexmockOptions defaults() {
        return builder().build();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.clock = clock;
        builder.verificationPolicy = verificationPolicy;
        builder.account = account;
        builder.adminToken = adminToken;
        builder.maxJournalEntries = maxJournalEntries;
        builder.maxRejections = maxRejections;
        builder.maxWarnings = maxWarnings;
        builder.keyPairs = keyPairs;
        builder.maxBodySize = maxBodySize;
        builder.idleTimeout = idleTimeout;
        builder.minRequestDataRate = minRequestDataRate;
        builder.signatureSecret = signatureSecret;
        builder.catalogue = catalogue;
        return builder;
    }

    /** The clock for JWT times, user timestamps and the logs. */
    public Clock clock() {
        return clock;
    }

    /** Clock skew, token size limit and missing-acl rule. */
    public VerificationPolicy verificationPolicy() {
        return verificationPolicy;
    }

    /** The account's api_key and api_secret, or null to generate them. */
    public ApiCredentials account() {
        return account;
    }

    /** The token every {@code /__admin} request must bear, or null for none. */
    public String adminToken() {
        return adminToken;
    }

    /** How many served requests WireMock's journal keeps. */
    public int maxJournalEntries() {
        return maxJournalEntries;
    }

    /** How many refusals the rejection log keeps. */
    public int maxRejections() {
        return maxRejections;
    }

    /** How many warnings about accepted tokens the warning log keeps. */
    public int maxWarnings() {
        return maxWarnings;
    }

    /** The pool key pairs come from; the shared one when not set. */
    public KeyPairPool keyPairs() {
        return keyPairs != null ? keyPairs : KeyPairPool.shared();
    }

    /** The largest request body in bytes. */
    public long maxBodySize() {
        return maxBodySize;
    }

    /** How long a connection may send nothing. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** The fewest bytes per second a request body must arrive at once past the idle timeout; 0 for no check. */
    public long minRequestDataRate() {
        return minRequestDataRate;
    }

    /** The account's signature secret, which signs webhooks, or null to generate one. */
    public String signatureSecret() {
        return signatureSecret;
    }

    /** Whether a catalogue of described operations on the class path ({@code nexmock-catalog}) answers. */
    public boolean catalogue() {
        return catalogue;
    }

    /** Equal options: every value equal, the key pair pool the same one. */
    @Override
    public boolean equals(Object other) {
        return other instanceof NexmockOptions that
                && clock.equals(that.clock)
                && verificationPolicy.equals(that.verificationPolicy)
                && Objects.equals(account, that.account)
                && Objects.equals(adminToken, that.adminToken)
                && maxJournalEntries == that.maxJournalEntries
                && maxRejections == that.maxRejections
                && maxWarnings == that.maxWarnings
                && keyPairs == that.keyPairs
                && maxBodySize == that.maxBodySize
                && idleTimeout.equals(that.idleTimeout)
                && minRequestDataRate == that.minRequestDataRate
                && Objects.equals(signatureSecret, that.signatureSecret)
                && catalogue == that.catalogue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                clock,
                verificationPolicy,
                account,
                adminToken,
                maxJournalEntries,
                maxRejections,
                maxWarnings,
                System.identityHashCode(keyPairs),
                maxBodySize,
                idleTimeout,
                minRequestDataRate,
                signatureSecret,
                catalogue);
    }

    /** The values, never the account's secret. */
    @Override
    public String toString() {
        return "NexmockOptions[clock=" + clock + ", verificationPolicy=" + verificationPolicy + ", account=" + account
                + ", adminToken=" + (adminToken == null ? "none" : "****") + ", maxJournalEntries=" + maxJournalEntries
                + ", maxRejections=" + maxRejections + ", maxWarnings=" + maxWarnings + ", maxBodySize=" + maxBodySize
                + ", idleTimeout=" + idleTimeout
                + ", minRequestDataRate=" + minRequestDataRate + ", signatureSecret="
                + (signatureSecret == null ? "generated" : "****") + ", catalogue=" + catalogue + "]";
    }

    HttpLimits httpLimits() {
        return new HttpLimits(maxBodySize, idleTimeout, minRequestDataRate);
    }

    /** Builds {@link NexmockOptions}; every value has a default. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private VerificationPolicy verificationPolicy = VerificationPolicy.defaults();
        private ApiCredentials account;
        private String adminToken;
        private int maxJournalEntries = DEFAULT_MAX_JOURNAL_ENTRIES;
        private int maxRejections = RejectionLog.DEFAULT_CAPACITY;
        private int maxWarnings = WarningLog.DEFAULT_CAPACITY;
        private KeyPairPool keyPairs;
        private long maxBodySize = DEFAULT_MAX_BODY_SIZE;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private long minRequestDataRate = DEFAULT_MIN_REQUEST_DATA_RATE;
        private String signatureSecret;
        private boolean catalogue = true;

        private Builder() {}

        /** The clock for JWT times, user timestamps and refusals; the system clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Clock skew, token size limit and missing-acl rule; {@link VerificationPolicy#defaults()} unless set. */
        public Builder verificationPolicy(VerificationPolicy policy) {
            this.verificationPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The account's api_key and api_secret, which the Application API takes as Basic credentials; generated (an
         * 8-hex-digit key, a 16-character secret) unless set. Neither may be blank, nor the key hold a ':' (it would
         * split Basic credentials wrongly).
         */
        public Builder account(ApiCredentials account) {
            Objects.requireNonNull(account, "account");
            if (account.apiKey().isBlank() || account.apiSecret().isBlank()) {
                throw new IllegalArgumentException("api key and api secret must not be blank");
            }
            if (account.apiKey().indexOf(':') >= 0) {
                throw new IllegalArgumentException("api key must not contain ':'");
            }
            this.account = account;
            return this;
        }

        /**
         * The account's api_key and api_secret, as {@link #account(ApiCredentials)} takes them, for a test that has
         * the two strings at hand.
         */
        public Builder account(String apiKey, String apiSecret) {
            return account(new ApiCredentials(
                    Objects.requireNonNull(apiKey, "apiKey"),
                    Objects.requireNonNull(apiSecret, "apiSecret"),
                    "NexmockOptions.builder()"));
        }

        /** Requires {@code Authorization: Bearer <token>} on every {@code /__admin} request; open unless set. */
        public Builder adminToken(String adminToken) {
            if (adminToken != null && adminToken.isBlank()) {
                throw new IllegalArgumentException("admin token must not be blank");
            }
            this.adminToken = adminToken;
            return this;
        }

        /** How many served requests WireMock's journal keeps; {@value #DEFAULT_MAX_JOURNAL_ENTRIES} unless set. */
        public Builder maxJournalEntries(int maxJournalEntries) {
            if (maxJournalEntries < 1) {
                throw new IllegalArgumentException("journal must keep at least 1 entry, was " + maxJournalEntries);
            }
            this.maxJournalEntries = maxJournalEntries;
            return this;
        }

        /** How many refusals the rejection log keeps; {@value RejectionLog#DEFAULT_CAPACITY} unless set. */
        public Builder maxRejections(int maxRejections) {
            if (maxRejections < 1) {
                throw new IllegalArgumentException("rejection log must keep at least 1 entry, was " + maxRejections);
            }
            this.maxRejections = maxRejections;
            return this;
        }

        /** How many warnings about accepted tokens the warning log keeps; {@value WarningLog#DEFAULT_CAPACITY} unless set. */
        public Builder maxWarnings(int maxWarnings) {
            if (maxWarnings < 1) {
                throw new IllegalArgumentException("warning log must keep at least 1 entry, was " + maxWarnings);
            }
            this.maxWarnings = maxWarnings;
            return this;
        }

        /** Where key pairs for applications created without a public key come from; the shared pool unless set. */
        public Builder keyPairs(KeyPairPool keyPairs) {
            this.keyPairs = Objects.requireNonNull(keyPairs, "keyPairs");
            return this;
        }

        /**
         * The largest request body in bytes, also once gzip-inflated; a larger one gets a 413 as soon as its
         * Content-Length or its bytes so far pass it, and the rest is not read. {@value #DEFAULT_MAX_BODY_SIZE}
         * unless set. On your own WireMock the body has been read whole by then: this bounds what the APIs parse.
         */
        public Builder maxBodySize(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("max body size must be at least 1 byte, was " + bytes);
            }
            this.maxBodySize = bytes;
            return this;
        }

        /**
         * How long a connection may send nothing (within a request, its body, or between requests) before it is
         * closed; a request head still arriving after one to two times this is closed too. 30 seconds unless set.
         */
        public Builder idleTimeout(Duration idleTimeout) {
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idle timeout must be positive, was " + idleTimeout);
            }
            this.idleTimeout = idleTimeout;
            return this;
        }

        /**
         * The fewest bytes per second a request body must arrive at, on average, once it has been arriving for longer
         * than the idle timeout; a slower one gets a 408. {@value #DEFAULT_MIN_REQUEST_DATA_RATE} unless set; 0 turns
         * the check off.
         */
        public Builder minRequestDataRate(long bytesPerSecond) {
            if (bytesPerSecond < 0) {
                throw new IllegalArgumentException(
                        "minimum request data rate must not be negative, was " + bytesPerSecond);
            }
            this.minRequestDataRate = bytesPerSecond;
            return this;
        }

        /**
         * The account's signature secret, with which webhooks of applications that have {@code signed_callbacks} are
         * signed (HS256); generated (32 characters) unless set. Vonage recommends at least 32 bits; blank is refused.
         */
        public Builder signatureSecret(String signatureSecret) {
            if (signatureSecret != null && signatureSecret.isBlank()) {
                throw new IllegalArgumentException("signature secret must not be blank");
            }
            this.signatureSecret = signatureSecret;
            return this;
        }

        /**
         * Whether the catalogue of described operations answers requests no route and no stub serves, when a module
         * such as {@code nexmock-catalog} is on the class path; on unless set. Off, those requests get the 404.
         */
        public Builder catalogue(boolean enabled) {
            this.catalogue = enabled;
            return this;
        }

        /** The options. */
        public NexmockOptions build() {
            return new NexmockOptions(this);
        }
    }
}
