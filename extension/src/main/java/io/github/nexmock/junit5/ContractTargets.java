package io.github.nexmock.junit5;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link NexmoContractTest} once per target: MOCK and REAL, or only the one the {@code nexmock.target} property
 * names. Each run notes its target in its own store, where {@link TestScope} finds it.
 */
final class ContractTargets implements TestTemplateInvocationContextProvider {

    /** Store key of the target of one run. */
    static final String RUN_TARGET = "contract test run target";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), NexmoContractTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        requireExtension(context);
        Optional<NexmoTarget> property = TargetSelection.property(context).filter(target -> target != NexmoTarget.AUTO);
        List<NexmoTarget> targets = property.map(List::of).orElse(List.of(NexmoTarget.MOCK, NexmoTarget.REAL));
        return targets.stream().map(Run::new);
    }

    private static void requireExtension(ExtensionContext context) {
        if (!Registration.registered(context)) {
            throw new ExtensionConfigurationException(context.getRequiredTestMethod()
                            .getName()
                    + "() is a @NexmoContractTest, which needs the nexmock extension: annotate "
                    + context.getRequiredTestClass().getSimpleName() + " with @NexmoTest or register a NexmoExtension"
                    + " with @RegisterExtension");
        }
    }

    private record Run(NexmoTarget target) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return target.name();
        }

        @Override
        public void prepareInvocation(ExtensionContext invocation) {
            Stores.of(invocation).put(RUN_TARGET, target);
        }
    }
}
