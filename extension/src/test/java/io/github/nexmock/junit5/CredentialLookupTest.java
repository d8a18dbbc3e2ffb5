package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.credentials.ApiCredentials;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class CredentialLookupTest {

    @Test
    void prefersPropertiesThenNexmoThenVonageVariables() {
        Map<String, String> nexmo = Map.of("NEXMO_API_KEY", "nk", "NEXMO_API_SECRET", "ns");
        Map<String, String> both = Map.of(
                "NEXMO_API_KEY", "nk", "NEXMO_API_SECRET", "ns", "VONAGE_API_KEY", "vk", "VONAGE_API_SECRET", "vs");
        Map<String, String> properties = Map.of("nexmock.api-key", "pk", "nexmock.api-secret", "ps");

        assertThat(lookup(properties, both).find())
                .contains(new ApiCredentials("pk", "ps", "nexmock.api-key/nexmock.api-secret"));
        assertThat(lookup(Map.of(), both).find())
                .contains(new ApiCredentials("nk", "ns", "NEXMO_API_KEY/NEXMO_API_SECRET"));
        assertThat(lookup(Map.of(), Map.of("VONAGE_API_KEY", "vk", "VONAGE_API_SECRET", "vs"))
                        .find())
                .contains(new ApiCredentials("vk", "vs", "VONAGE_API_KEY/VONAGE_API_SECRET"));
        assertThat(lookup(Map.of(), nexmo).find()).map(ApiCredentials::apiKey).contains("nk");
    }

    @Test
    void findsNothingWhenNoSourceHasAnyAndTreatsBlankAsUnset() {
        assertThat(lookup(Map.of(), Map.of("NEXMO_API_KEY", " ", "NEXMO_API_SECRET", ""))
                        .find())
                .isEmpty();
    }

    @Test
    void refusesHalfAPair() {
        assertThatThrownBy(() ->
                        lookup(Map.of(), Map.of("VONAGE_API_SECRET", "vs")).find())
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("VONAGE_API_SECRET is set but VONAGE_API_KEY is not; set both or neither");
        assertThatThrownBy(
                        () -> lookup(Map.of("nexmock.api-key", "pk"), Map.of()).find())
                .hasMessage("nexmock.api-key is set but nexmock.api-secret is not; set both or neither");
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(new ApiCredentials("key", "s3cr3t", "here").toString()).doesNotContain("s3cr3t");
    }

    private static CredentialLookup lookup(Map<String, String> properties, Map<String, String> environment) {
        return new CredentialLookup(name -> Optional.ofNullable(properties.get(name)), environment::get);
    }
}
