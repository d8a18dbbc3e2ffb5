package io.github.nexmock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.VerificationPolicy;
import io.github.nexmock.server.NexmockOptions;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The nexmock JUnit Jupiter extension: injects {@link NexmoEnvironment}, {@link NexmoApplication},
 * {@link NexmoUser @NexmoUser} users, {@link NexmoJwt @NexmoJwt} tokens and, with the Vonage Java SDK on the class
 * path, a configured {@code VonageClient} into parameters and fields, on the mock or the real platform; skips tests on
 * the real platform when no credentials are found, and adds the mock's refusals and warnings to the failure of a test
 * (and, when asked, fails a test whose tokens drew a warning). Register it
 * with {@link NexmoTest}, or with {@code @RegisterExtension static NexmoExtension nexmo =
 * NexmoExtension.builder()...build();} for options.
 * <p>
 * It keeps its state in the {@link ExtensionContext.Store}, so nested, inherited and concurrently running test
 * classes each see their own applications; an instance holds only its immutable options. It is the face JUnit and
 * users see, with the {@link Builder} of those options: each callback hands its work to {@link TestScope} and the
 * classes it names.
 */
public final class NexmoExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ParameterResolver,
                TestExecutionExceptionHandler,
                LifecycleMethodExecutionExceptionHandler,
                ExecutionCondition {

    private final Settings settings;
    private final boolean declarative;

    /** The extension with default options, as {@link NexmoTest} registers it. */
    public NexmoExtension() {
        this(Settings.DEFAULTS, true);
    }

    private NexmoExtension(Settings settings, boolean declarative) {
        this.settings = settings;
        this.declarative = declarative;
    }

    /** Starts an extension with options, for {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Skips (disables) a class or test on the REAL target when no API credentials are found. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return standsAside(context)
                ? ConditionEvaluationResult.enabled("a configured NexmoExtension decides")
                : RealTargetCondition.evaluate(settings, context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!standsAside(context)) {
            new TestScope(settings, context).setUpClass();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!standsAside(context)) {
            new TestScope(settings, context).setUpTest();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!standsAside(context)) {
            WarningReport.failIfWarned(new TestScope(settings, context));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return !standsAside(context) && InjectionPoint.of(parameter).isNexmock();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return InjectionPoint.of(parameter).resolve(new TestScope(settings, context));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw report(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw report(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw report(context, failure);
    }

    /** {@code failure} with the mock's refusals, warnings and catalogue answers during the test attached. */
    private Throwable report(ExtensionContext context, Throwable failure) {
        return standsAside(context) ? failure : new TestScope(settings, context).withMockReports(failure);
    }

    /** Whether this is {@link NexmoTest}'s instance on a class that registers a configured one as well. */
    private boolean standsAside(ExtensionContext context) {
        return declarative && Registration.registeredProgrammatically(context);
    }

    /** Options of a {@link NexmoExtension}; each has a default, so {@code builder().build()} equals {@link NexmoTest}. */
    public static final class Builder {

        private NexmoTarget target;
        private ApiCredentials credentials;
        private URI baseUrl;
        private NexmockOptions.Builder options = Settings.DEFAULTS.options().toBuilder();
        private ApplicationSettings application;
        private boolean failOnWarning;
        private boolean https;

        private Builder() {}

        /** The target; the {@code nexmock.target} system property still overrides it. Default {@link NexmoTarget#MOCK}. */
        public Builder target(NexmoTarget target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /** The real platform's API key and secret, instead of looking them up in properties and environment variables. */
        public Builder credentials(String apiKey, String apiSecret) {
            this.credentials = new ApiCredentials(
                    Objects.requireNonNull(apiKey, "apiKey"),
                    Objects.requireNonNull(apiSecret, "apiSecret"),
                    "NexmoExtension.builder().credentials(...)");
            return this;
        }

        /** The real platform's base URL; default the {@code nexmock.base-url} property, else {@code https://api.nexmo.com}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = BaseUrls.parse(baseUrl, "NexmoExtension.builder().baseUrl(...)");
            return this;
        }

        /** The clock of minted tokens and of the mock's verification, for tests of time; default the system clock. */
        public Builder clock(Clock clock) {
            options.clock(clock);
            return this;
        }

        /** How the mock verifies tokens; default {@link VerificationPolicy#defaults()}. */
        public Builder verificationPolicy(VerificationPolicy policy) {
            options.verificationPolicy(policy);
            return this;
        }

        /**
         * All the mock's options at once (clock, verification policy, account, admin token, log sizes, key pairs,
         * HTTP limits), replacing those set so far; tests with equal options share one mock server.
         */
        public Builder options(NexmockOptions options) {
            this.options = options.toBuilder();
            return this;
        }

        /** The name of the applications created; default "nexmock " and the test class name. {@link NexmoApp} overrides it. */
        public Builder applicationName(String name) {
            this.application =
                    application().withName(Objects.requireNonNull(name, "name").strip());
            return this;
        }

        /** The capabilities of the applications created, as empty objects. {@link NexmoApp} overrides them. */
        public Builder capabilities(Capability... capabilities) {
            this.application = application().withCapabilities(ApplicationSettings.capabilities(capabilities));
            return this;
        }

        /** The {@code capabilities} object of the applications created, webhooks and all. {@link NexmoApp} overrides it. */
        public Builder capabilities(JsonNode capabilities) {
            if (!Objects.requireNonNull(capabilities, "capabilities").isObject()) {
                throw new IllegalArgumentException(
                        "capabilities must be a JSON object such as {\"rtc\":{}}, was " + capabilities.getNodeType());
            }
            this.application = application().withCapabilities(capabilities);
            return this;
        }

        /** A fresh application for every test instead of one per test class. */
        public Builder freshApplicationPerTest() {
            this.application = application().withFreshPerTest();
            return this;
        }

        /**
         * Fails a test when the mock accepted one of its application's tokens with a warning (a token Nexmo accepts but
         * that is probably a mistake); off unless set, or asked for by {@link NexmoTest#failOnWarning()} or the
         * {@code nexmock.fail-on-warning=true} configuration parameter.
         */
        public Builder failOnWarning() {
            this.failOnWarning = true;
            return this;
        }

        /**
         * Serves the mock over HTTPS only, with nexmock's own certificate for {@code localhost}, {@code 127.0.0.1} and
         * {@code ::1} (its CA made once per JVM): {@link NexmoEnvironment#baseUrl()} is {@code https://}, {@link
         * NexmoEnvironment#sslContext()} trusts it and an injected {@code VonageClient} uses that. Off unless set, or
         * asked for by {@link NexmoTest#https()} or the {@code nexmock.https=true} configuration parameter.
         */
        public Builder https() {
            this.https = true;
            return this;
        }

        /** The extension. */
        public NexmoExtension build() {
            return new NexmoExtension(
                    new Settings(target, credentials, baseUrl, options.build(), application, failOnWarning, https),
                    false);
        }

        private ApplicationSettings application() {
            return application == null ? ApplicationSettings.DEFAULTS : application;
        }
    }
}
