package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import io.github.nexmock.server.NexmoMockServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.MergedContextConfiguration;

/** The application lives exactly as long as the context Spring's test loader builds with it. */
class ContextLifecycleTest {

    @Test
    void closingTheContextDeletesItsApplicationAndStopsItsMock() {
        GenericApplicationContext context = customizedContext();
        context.refresh();
        NexmoMockServer server = mockServer(context);
        String applicationId = context.getBean(NexmoApplication.class).id();
        assertThat(server.isRunning()).isTrue();
        assertThat(server.state().application(applicationId)).isPresent();

        context.close();

        assertThat(server.isRunning()).isFalse();
        assertThat(server.state().application(applicationId)).isEmpty();
    }

    @Test
    void aContextThatFailsToRefreshStopsItsMockToo() {
        GenericApplicationContext context = customizedContext();
        context.registerBean("broken", Object.class, () -> {
            throw new IllegalStateException("a bean of the code under test fails");
        });
        NexmoMockServer server = mockServer(context);

        assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class);

        assertThat(server.isRunning()).isFalse();
    }

    @Test
    void eachContextGetsAnApplicationOfItsOwnNamedAfterTheTestClass() {
        try (GenericApplicationContext first = customizedContext();
                GenericApplicationContext second = customizedContext()) {
            first.refresh();
            second.refresh();

            NexmoApplication firstApplication = first.getBean(NexmoApplication.class);
            assertThat(firstApplication.id())
                    .isNotEqualTo(second.getBean(NexmoApplication.class).id());
            assertThat(firstApplication.name()).isEqualTo("nexmock Bound");
            assertThat(mockServer(first).baseUrl())
                    .isNotEqualTo(mockServer(second).baseUrl());
        }
    }

    /** A context as Spring's test loader has it after the customizer for {@link Bound} ran, not yet refreshed. */
    private static GenericApplicationContext customizedContext() {
        GenericApplicationContext context = new GenericApplicationContext();
        new NexmoMockContextCustomizerFactory()
                .createContextCustomizer(Bound.class, List.of())
                .customizeContext(context, new MergedContextConfiguration(Bound.class, null, null, null, null));
        return context;
    }

    private static NexmoMockServer mockServer(GenericApplicationContext context) {
        return context.getBeanFactory()
                .getBean(NexmoEnvironment.class)
                .mockServer()
                .orElseThrow();
    }

    @NexmoMockProperties(applicationId = "vonage.application-id")
    static class Bound {}
}
