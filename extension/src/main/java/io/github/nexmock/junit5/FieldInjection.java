package io.github.nexmock.junit5;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Fills the fields the extension injects: those annotated {@link NexmoUser} or {@link NexmoJwt}, and the non-final
 * ones of type {@link NexmoEnvironment}, {@link NexmoApplication} or the Vonage SDK's {@code VonageClient}. Static
 * ones are set once per class before its tests, instance ones before each test with that test's values, in every
 * instance of a {@code @Nested} chain.
 */
final class FieldInjection {

    private FieldInjection() {}

    static void injectStaticFields(Class<?> testClass, TestScope scope) {
        for (Field field : fields(testClass, scope)) {
            if (Modifier.isStatic(field.getModifiers())) {
                set(field, null, scope);
            }
        }
    }

    static void injectInstanceFields(List<Object> testInstances, TestScope scope) {
        for (Object instance : testInstances) {
            for (Field field : fields(instance.getClass(), scope)) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    set(field, instance, scope);
                }
            }
        }
    }

    /** The nexmock fields of a class and its superclasses, looked up once per class and test run. */
    @SuppressWarnings("unchecked")
    private static List<Field> fields(Class<?> type, TestScope scope) {
        return Stores.root(scope.context())
                .getOrComputeIfAbsent(
                        new FieldsOf(type),
                        key -> ReflectionSupport.findFields(
                                key.type(), FieldInjection::isInjected, HierarchyTraversalMode.TOP_DOWN),
                        List.class);
    }

    private static boolean isInjected(Field field) {
        InjectionPoint point = InjectionPoint.of(field);
        return point.user().isPresent()
                || point.jwt().isPresent()
                || (point.type() == NexmoEnvironment.class
                                || point.type() == NexmoCalls.class
                                || point.type() == NexmoApplication.class
                                || VonageSdk.isClientType(point.type()))
                        && !Modifier.isFinal(field.getModifiers());
    }

    private static void set(Field field, Object instance, TestScope scope) {
        InjectionPoint point = InjectionPoint.of(field);
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException(point.description() + " is final; remove final so nexmock can"
                    + " inject it, or take the value as a constructor parameter");
        }
        Object value = point.resolve(scope);
        try {
            field.setAccessible(true);
            field.set(instance, value);
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw new ExtensionConfigurationException("cannot inject " + point.description() + ": " + failure, failure);
        }
    }

    private record FieldsOf(Class<?> type) {}
}
