package io.github.nexmock.junit5;

import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** How a test class, its superclasses or its enclosing classes register {@link NexmoExtension}. */
final class Registration {

    private Registration() {}

    /** Whether {@code context}'s class or an enclosing one registers the extension in any way. */
    static boolean registered(ExtensionContext context) {
        return anyClass(context, type -> declares(type) || registersInstance(type));
    }

    /**
     * Whether {@code context}'s class or an enclosing one has a {@code @RegisterExtension} {@link NexmoExtension}
     * field; then an extension registered by {@link NexmoTest} as well stands aside for it.
     */
    static boolean registeredProgrammatically(ExtensionContext context) {
        return anyClass(context, type -> Stores.root(context)
                .getOrComputeIfAbsent(new Programmatic(type), key -> registersInstance(key.type()), Boolean.class));
    }

    private static boolean anyClass(ExtensionContext context, Predicate<Class<?>> test) {
        for (ExtensionContext c = context;
                c.getTestClass().isPresent();
                c = c.getParent().orElseThrow()) {
            if (c.getTestMethod().isEmpty() && test.test(c.getRequiredTestClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean declares(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extendWith -> Arrays.asList(extendWith.value()).contains(NexmoExtension.class));
    }

    private static boolean registersInstance(Class<?> testClass) {
        return !ReflectionSupport.findFields(
                        testClass,
                        field -> field.getType() == NexmoExtension.class
                                && field.isAnnotationPresent(RegisterExtension.class),
                        HierarchyTraversalMode.TOP_DOWN)
                .isEmpty();
    }

    private record Programmatic(Class<?> type) {}
}
