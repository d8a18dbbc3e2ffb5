package io.github.nexmock.junit5;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Fills the fields the extension injects: those annotated {@link NexmoUser} or {@link NexmoJwt}, and the non-final
 * ones of a type {@link InjectionPoint.Kind} fills by type alone ({@link NexmoEnvironment}, {@link NexmoApplication},
 * {@link NexmoCalls} or the Vonage SDK's {@code VonageClient}). Static
 * ones are set once per class before its tests, instance ones before each test with that test's values, in every
 * instance of a {@code @Nested} chain; each goes back to {@code null} when its scope ends ({@link FilledFields}).
 * <p>
 * It never replaces a value: a field that is not {@code null} when nexmock comes to fill it (set by the test's own
 * initializer, or by another framework such as the {@code SpringExtension}, which fills a test instance before
 * {@code beforeEach}) is left as it is, and a field of one of those types that carries another framework's injection
 * annotation ({@link #OTHER_INJECTORS}) is never nexmock's, even when that framework left it empty. Fields are
 * recognised by type, not by an annotation of nexmock's own, because that is how the extension has always filled them
 * and tests written for it rely on it; a test that wants nexmock's {@code VonageClient} beside an
 * {@code @Autowired} one takes it as a parameter.
 */
final class FieldInjection {

    /**
     * The annotations by which Spring, Jakarta/JSR-330 injection, Jakarta/JSR-250 resources and Mockito claim a field,
     * matched by name, so the extension depends on none of them.
     */
    static final Set<String> OTHER_INJECTORS = Set.of(
            "org.springframework.beans.factory.annotation.Autowired",
            "org.springframework.beans.factory.annotation.Value",
            "org.springframework.boot.test.mock.mockito.MockBean",
            "org.springframework.boot.test.mock.mockito.SpyBean",
            "org.springframework.test.context.bean.override.mockito.MockitoBean",
            "org.springframework.test.context.bean.override.mockito.MockitoSpyBean",
            "org.springframework.test.context.bean.override.convention.TestBean",
            "jakarta.inject.Inject",
            "javax.inject.Inject",
            "jakarta.annotation.Resource",
            "javax.annotation.Resource",
            "org.mockito.Mock",
            "org.mockito.Spy",
            "org.mockito.InjectMocks");

    private FieldInjection() {}

    static void injectStaticFields(Class<?> testClass, TestScope scope) {
        FilledFields filled = new FilledFields();
        try {
            for (Field field : fields(testClass, scope)) {
                if (Modifier.isStatic(field.getModifiers())) {
                    fill(field, null, scope, filled);
                }
            }
        } finally {
            filled.keepUntilTheEndOf(scope.context()); // also those filled before a failure
        }
    }

    static void injectInstanceFields(List<Object> testInstances, TestScope scope) {
        FilledFields filled = new FilledFields();
        try {
            for (Object instance : testInstances) {
                for (Field field : fields(instance.getClass(), scope)) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        fill(field, instance, scope, filled);
                    }
                }
            }
        } finally {
            filled.keepUntilTheEndOf(scope.context()); // also those filled before a failure
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
                || point.kind().filter(InjectionPoint.Kind::fillsFieldByType).isPresent()
                        && !Modifier.isFinal(field.getModifiers())
                        && !claimedByAnotherFramework(field);
    }

    private static boolean claimedByAnotherFramework(Field field) {
        return Arrays.stream(field.getDeclaredAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(type -> OTHER_INJECTORS.contains(type.getName()));
    }

    private static void fill(Field field, Object instance, TestScope scope, FilledFields filled) {
        InjectionPoint point = InjectionPoint.of(field);
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException(point.description() + " is final; remove final so nexmock can"
                    + " inject it, or take the value as a constructor parameter");
        }
        if (read(field, instance, point) != null) {
            return; // the test's own value, or another framework's
        }
        Object value = point.resolve(scope);
        try {
            field.set(instance, value);
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw cannotInject(point, failure);
        }
        filled.add(field, instance, value);
    }

    private static Object read(Field field, Object instance, InjectionPoint point) {
        try {
            field.setAccessible(true);
            return field.get(instance);
        } catch (ReflectiveOperationException | RuntimeException failure) {
            throw cannotInject(point, failure);
        }
    }

    private static ExtensionConfigurationException cannotInject(InjectionPoint point, Exception failure) {
        return new ExtensionConfigurationException("cannot inject " + point.description() + ": " + failure, failure);
    }

    private record FieldsOf(Class<?> type) {}
}
