package io.github.nexmock.junit5;

import io.github.nexmock.credentials.ApiCredentials;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Decides which target a test runs on: the run's own target for a {@link NexmoContractTest}; else the
 * {@code nexmock.target} property, so a CI job can switch a whole suite; else the builder's target, then
 * {@link NexmoTest#target()}, then MOCK. AUTO becomes REAL when credentials are found, MOCK otherwise.
 */
final class TargetSelection {

    static final String PROPERTY = "nexmock.target";

    private TargetSelection() {}

    /** MOCK or REAL for {@code context}. */
    static NexmoTarget of(Settings settings, ExtensionContext context) {
        NexmoTarget target = ContractTargets.runTarget(context).orElseGet(() -> configured(settings, context));
        if (target == NexmoTarget.AUTO) {
            return credentials(settings, context).isPresent() ? NexmoTarget.REAL : NexmoTarget.MOCK;
        }
        return target;
    }

    /**
     * The target the {@code nexmock.target} system property or configuration parameter names, if it is set.
     *
     * @throws ExtensionConfigurationException when it names none
     */
    static Optional<NexmoTarget> property(ExtensionContext context) {
        return context.getConfigurationParameter(PROPERTY)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> {
                    try {
                        return NexmoTarget.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException unknown) {
                        throw new ExtensionConfigurationException(
                                PROPERTY + " is '" + value + "'; use mock, real or auto");
                    }
                });
    }

    /** The builder's credentials, else those {@link CredentialLookup} finds. */
    static Optional<ApiCredentials> credentials(Settings settings, ExtensionContext context) {
        return settings.credentials() != null
                ? Optional.of(settings.credentials())
                : CredentialLookup.of(context).find();
    }

    private static NexmoTarget configured(Settings settings, ExtensionContext context) {
        Optional<NexmoTarget> property = property(context);
        if (property.isPresent()) {
            return property.get();
        }
        if (settings.target() != null) {
            return settings.target();
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<NexmoTest> annotation = AnnotationSupport.findAnnotation(c.getTestClass(), NexmoTest.class);
            if (annotation.isPresent()) {
                return annotation.get().target();
            }
        }
        return NexmoTarget.MOCK;
    }
}
