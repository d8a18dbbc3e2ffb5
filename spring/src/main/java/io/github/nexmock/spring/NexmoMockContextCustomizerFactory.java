package io.github.nexmock.spring;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}, where Spring's test framework finds it for every test class: gives a
 * class annotated {@link NexmoMockProperties} (on itself, a superclass or, for a {@code @Nested} class that inherits
 * its configuration, an enclosing class) its mock and bound properties; other classes are left alone.
 */
class NexmoMockContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        NexmoMockProperties annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, NexmoMockProperties.class);
        return annotation == null ? null : NexmoMockContextCustomizer.of(testClass, annotation);
    }
}
