package io.github.nexmock.junit5;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Runs a {@link NexmoContractTest} once per target: MOCK and REAL, or only the one the {@code nexmock.target} property
 * names. Each run is named after its target, and {@link #runTarget} reads the target back from that name: the one
 * thing JUnit hands an extension about an invocation on every version (Jupiter 5.13 added
 * {@code TestTemplateInvocationContext.prepareInvocation}, which 5.10 to 5.12 never call).
 */
final class ContractTargets implements TestTemplateInvocationContextProvider {

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

    /** Whether {@code testClass} or a superclass declares a {@link NexmoContractTest} method. */
    static boolean declaredIn(Class<?> testClass) {
        return !AnnotationSupport.findAnnotatedMethods(
                        testClass, NexmoContractTest.class, HierarchyTraversalMode.TOP_DOWN)
                .isEmpty();
    }

    /** The target of {@code context} when it is one run of a contract test; empty for any other context. */
    static Optional<NexmoTarget> runTarget(ExtensionContext context) {
        boolean run = AnnotationSupport.isAnnotated(context.getTestMethod(), NexmoContractTest.class)
                && context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
        return Stream.of(NexmoTarget.MOCK, NexmoTarget.REAL)
                .filter(target -> run && target.name().equals(context.getDisplayName()))
                .findFirst();
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
    }
}
