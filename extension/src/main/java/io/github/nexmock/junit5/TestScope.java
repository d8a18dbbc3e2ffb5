package io.github.nexmock.junit5;

import io.github.nexmock.credentials.ApiCredentials;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * What the extension provides to one extension context (a test class, a test, one run of a contract test): its
 * target, platform and application, found or created in the {@link ExtensionContext.Store} of the context that owns
 * them. Cheap to make; make one per callback.
 */
final class TestScope {

    /** Why a test on REAL cannot run: the reason JUnit shows for it. */
    /** The JUnit configuration parameter that serves the mock over HTTPS for a whole run. */
    static final String HTTPS = "nexmock.https";

    static final String NO_CREDENTIALS = "the REAL Nexmo target needs API credentials: " + CredentialLookup.WHERE;

    private final Settings settings;
    private final ExtensionContext context;

    TestScope(Settings settings, ExtensionContext context) {
        this.settings = settings;
        this.context = context;
    }

    ExtensionContext context() {
        return context;
    }

    Settings settings() {
        return settings;
    }

    /**
     * Before a test class: on MOCK its key pairs start preparing while the mock starts, the platform is reached
     * (unless the class has contract tests, whose runs each decide on their own, so their MOCK runs still run when
     * REAL has no credentials), and static fields are filled.
     */
    void setUpClass() {
        NexmoTarget target = target();
        if (target == NexmoTarget.MOCK) {
            KeyPairs.of(context, target); // its first pair is prepared in the background while the mock starts
        }
        if (!ContractTargets.declaredIn(context.getRequiredTestClass())) {
            platform(); // started before the first test; on REAL without credentials the class is skipped already
        }
        KeyPairs.of(context, target); // key pairs ready before the first test needs one
        FieldInjection.injectStaticFields(context.getRequiredTestClass(), this);
    }

    /** Before a test: on MOCK, where the mock's logs stand noted for its reports; instance fields filled. */
    void setUpTest() {
        if (platform() instanceof MockPlatform mock) {
            RefusalReport.start(context, mock);
            WarningReport.start(context, mock);
            WebhookReport.start(context, mock);
            CatalogueReport.start(context, mock);
        }
        FieldInjection.injectInstanceFields(context.getRequiredTestInstances().getAllInstances(), this);
    }

    /** {@code failure} with the mock's refusals, warnings, webhook deliveries and catalogue answers attached. */
    Throwable withMockReports(Throwable failure) {
        Throwable reported = WarningReport.attachTo(RefusalReport.attachTo(failure, this), this);
        return CatalogueReport.attachTo(WebhookReport.attachTo(reported, this), this);
    }

    /** MOCK or REAL, as {@link TargetSelection} decides. */
    NexmoTarget target() {
        return TargetSelection.of(settings, context);
    }

    /**
     * The platform of the target, the mock started on first use.
     *
     * @throws TestAbortedException on REAL without credentials, where {@link RealTargetCondition} did not already
     *                              skip the test (static fields of a class with contract tests)
     */
    Platform platform() {
        if (target() == NexmoTarget.MOCK) {
            return MockPlatform.of(context, settings.options(), https());
        }
        ApiCredentials credentials = TargetSelection.credentials(settings, context)
                .orElseThrow(() -> new TestAbortedException(NO_CREDENTIALS));
        URI baseUrl = settings.baseUrl() != null
                ? settings.baseUrl()
                : context.getConfigurationParameter(BaseUrls.PROPERTY)
                        .map(value -> BaseUrls.parse(value, BaseUrls.PROPERTY))
                        .orElse(BaseUrls.NEXMO);
        return RealPlatform.of(context, credentials, baseUrl);
    }

    /** Whether the mock serves HTTPS: the builder, {@link NexmoTest#https()} or the {@value #HTTPS} parameter asks. */
    boolean https() {
        if (settings.https() || ConfigurationFlag.of(context, HTTPS).orElse(false)) {
            return true;
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<NexmoTest> annotation = AnnotationSupport.findAnnotation(c.getTestClass(), NexmoTest.class);
            if (annotation.isPresent()) {
                return annotation.get().https();
            }
        }
        return false;
    }

    /** The application of this scope, created on first request in the store of the class or test that owns it. */
    ApplicationSession application() {
        Owner owner = applicationOwner();
        Platform platform = platform();
        NexmoTarget target = target();
        return Stores.of(owner.context())
                .getOrComputeIfAbsent(
                        new ApplicationKey(target, owner.context().getUniqueId()),
                        key -> ApplicationSession.create(
                                platform,
                                KeyPairs.of(context, target),
                                owner.applicationName(),
                                owner.settings().capabilities(),
                                settings.clock()),
                        ApplicationSession.class);
    }

    /** Ids of the applications this scope has created so far on the current target, its own and its class's. */
    Set<String> existingApplicationIds() {
        Set<String> ids = new HashSet<>();
        NexmoTarget target = target();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            ApplicationSession session =
                    Stores.of(c).get(new ApplicationKey(target, c.getUniqueId()), ApplicationSession.class);
            if (session != null) {
                ids.add(session.application().id());
            }
        }
        return ids;
    }

    /**
     * The test itself when it asks for its own application ({@link NexmoApp} on the method, or fresh per test),
     * else the nearest class declaring {@link NexmoApp}, else the outermost test class.
     */
    private Owner applicationOwner() {
        Optional<Method> method = context.getTestMethod();
        Optional<NexmoApp> onMethod = AnnotationSupport.findAnnotation(method, NexmoApp.class);
        if (onMethod.isPresent()) {
            return new Owner(context, ApplicationSettings.of(onMethod.get()));
        }
        Owner classOwner = classOwner();
        if (!classOwner.settings().freshPerTest()) {
            return classOwner;
        }
        if (method.isEmpty()) {
            throw new ExtensionConfigurationException(
                    context.getRequiredTestClass().getName()
                            + " asks for a fresh application per test, so there is none for the whole class: inject it into"
                            + " instance fields or test method parameters, not static fields or @BeforeAll methods");
        }
        return new Owner(context, classOwner.settings());
    }

    private Owner classOwner() {
        ExtensionContext outermost = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().isEmpty() || c.getTestMethod().isPresent()) {
                continue;
            }
            Optional<NexmoApp> annotation = AnnotationSupport.findAnnotation(c.getTestClass(), NexmoApp.class);
            if (annotation.isPresent()) {
                return new Owner(c, ApplicationSettings.of(annotation.get()));
            }
            outermost = c;
        }
        if (outermost == null) {
            throw new ExtensionConfigurationException(
                    "nexmock applications belong to a test class or test; " + context.getDisplayName() + " is neither");
        }
        return new Owner(
                outermost, settings.application() != null ? settings.application() : ApplicationSettings.DEFAULTS);
    }

    /** The context whose store keeps an application, and the settings it is created with. */
    private record Owner(ExtensionContext context, ApplicationSettings settings) {

        String applicationName() {
            if (!settings.name().isEmpty()) {
                return settings.name();
            }
            String name = "nexmock " + context.getRequiredTestClass().getSimpleName();
            return context.getTestMethod()
                    .map(method -> name + " " + method.getName())
                    .orElse(name);
        }
    }

    /** Store key of an application: per target, since a contract test uses both, and per owner. */
    private record ApplicationKey(NexmoTarget target, String ownerId) {}
}
