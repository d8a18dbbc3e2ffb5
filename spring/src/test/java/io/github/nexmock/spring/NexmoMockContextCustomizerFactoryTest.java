package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.junit5.Capability;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

/** The customizer is the context cache's key: equal bindings share a context, different ones do not. */
class NexmoMockContextCustomizerFactoryTest {

    private final NexmoMockContextCustomizerFactory factory = new NexmoMockContextCustomizerFactory();

    @Test
    void leavesClassesWithoutTheAnnotationAlone() {
        assertThat(customizer(Plain.class)).isNull();
    }

    @Test
    void classesBindingTheSamePropertiesGetEqualCustomizers() {
        assertThat(customizer(BindsKeyAndId.class))
                .isEqualTo(customizer(BindsIdAndKeyInAnotherOrder.class))
                .hasSameHashCodeAs(customizer(BindsIdAndKeyInAnotherOrder.class))
                .isEqualTo(customizer(InheritsTheBinding.class));
    }

    @Test
    void anotherBindingOrOtherCapabilitiesMakeAnotherContext() {
        assertThat(customizer(BindsKeyAndId.class))
                .isNotEqualTo(customizer(BindsTheKeyElsewhere.class))
                .isNotEqualTo(customizer(BindsKeyAndIdWithVoice.class));
    }

    @Test
    void refusesAPropertyBoundToTwoValues() {
        assertThatThrownBy(() -> customizer(BindsOnePropertyTwice.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("binds vonage.key to both apiKey and apiSecret");
    }

    @Test
    void refusesABlankPropertyName() {
        assertThatThrownBy(() -> customizer(BindsABlankName.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names a blank property in privateKey");
    }

    private ContextCustomizer customizer(Class<?> testClass) {
        return factory.createContextCustomizer(testClass, List.of());
    }

    static class Plain {}

    @NexmoMockProperties(
            apiKey = "vonage.api-key",
            applicationId = "vonage.application-id",
            capabilities = {Capability.RTC, Capability.VOICE})
    static class BindsKeyAndId {}

    @NexmoMockProperties(
            applicationId = {"vonage.application-id", "vonage.application-id"},
            apiKey = "vonage.api-key",
            capabilities = {Capability.VOICE, Capability.RTC})
    static class BindsIdAndKeyInAnotherOrder {}

    static class InheritsTheBinding extends BindsKeyAndId {}

    @NexmoMockProperties(
            apiKey = "other.api-key",
            applicationId = "vonage.application-id",
            capabilities = {Capability.RTC, Capability.VOICE})
    static class BindsTheKeyElsewhere {}

    @NexmoMockProperties(
            apiKey = "vonage.api-key",
            applicationId = "vonage.application-id",
            capabilities = Capability.VOICE)
    static class BindsKeyAndIdWithVoice {}

    @NexmoMockProperties(apiKey = "vonage.key", apiSecret = "vonage.key")
    static class BindsOnePropertyTwice {}

    @NexmoMockProperties(privateKey = " ")
    static class BindsABlankName {}
}
