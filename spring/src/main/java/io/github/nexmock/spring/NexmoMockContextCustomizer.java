package io.github.nexmock.spring;

import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.MockSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a mock with an application for one application context as Spring builds it, sets the bound properties to its
 * values and makes the context own it: the context's bean factory deletes the application and stops the mock when it
 * destroys its singletons, on close and after a failed refresh alike. Equal for equal bindings and capabilities, as
 * the context cache requires: classes that bind the same properties share a context, and so its application.
 *
 * @param properties   each bound property's name and the value it is set to
 * @param capabilities the capabilities of the application
 */
record NexmoMockContextCustomizer(Map<String, MockValue> properties, Set<Capability> capabilities)
        implements ContextCustomizer {

    /** The name of the property source holding the bound properties, first in the environment's order. */
    static final String PROPERTY_SOURCE = "nexmock";

    NexmoMockContextCustomizer {
        properties = Map.copyOf(properties);
        capabilities = Set.copyOf(capabilities);
    }

    /**
     * The customizer for {@code annotation} on {@code testClass}.
     *
     * @throws IllegalStateException when a property name is blank or bound to two values
     */
    static NexmoMockContextCustomizer of(Class<?> testClass, NexmoMockProperties annotation) {
        Map<String, MockValue> properties = new LinkedHashMap<>();
        for (MockValue value : MockValue.values()) {
            for (String name : value.propertyNames(annotation)) {
                String property = name.strip();
                if (property.isEmpty()) {
                    throw new IllegalStateException("@NexmoMockProperties on " + testClass.getName()
                            + " names a blank property in " + value.attribute());
                }
                MockValue earlier = properties.putIfAbsent(property, value);
                if (earlier != null && earlier != value) {
                    throw new IllegalStateException("@NexmoMockProperties on " + testClass.getName() + " binds "
                            + property + " to both " + earlier.attribute() + " and " + value.attribute()
                            + "; name each property once");
                }
            }
        }
        return new NexmoMockContextCustomizer(properties, Set.of(annotation.capabilities()));
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        if (!(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            throw new IllegalStateException("@NexmoMockProperties needs a bean factory that destroys what it is given"
                    + " (DefaultListableBeanFactory, that of every context Spring's test loaders make); "
                    + context.getClass().getName() + " has "
                    + context.getBeanFactory().getClass().getName());
        }
        MockSession session = MockSession.start(
                "nexmock " + config.getTestClass().getSimpleName(), capabilities.toArray(Capability[]::new));
        registry.registerDisposableBean("nexmockSession", session::close);
        Map<String, Object> values = new LinkedHashMap<>();
        properties.forEach((name, value) -> values.put(name, value.of(session)));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, values));
        context.getBeanFactory().registerSingleton("nexmoEnvironment", session.environment());
        context.getBeanFactory().registerSingleton("nexmoApplication", session.application());
    }
}
