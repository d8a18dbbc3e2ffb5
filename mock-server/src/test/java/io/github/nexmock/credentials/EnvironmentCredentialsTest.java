package io.github.nexmock.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialsTest {

    // Nexmo's tools read NEXMO_API_KEY/NEXMO_API_SECRET, Vonage's VONAGE_API_KEY/VONAGE_API_SECRET: both are accepted,
    // the Nexmo names first because this is a mock of the Nexmo API.
    @Test
    void readsTheNexmoVariablesBeforeTheVonageOnes() {
        Map<String, String> both = Map.of(
                "NEXMO_API_KEY", "nk", "NEXMO_API_SECRET", "ns", "VONAGE_API_KEY", "vk", "VONAGE_API_SECRET", "vs");

        assertThat(EnvironmentCredentials.find(both::get))
                .contains(new ApiCredentials("nk", "ns", "NEXMO_API_KEY/NEXMO_API_SECRET"));
        assertThat(EnvironmentCredentials.find(Map.of("VONAGE_API_KEY", "vk", "VONAGE_API_SECRET", "vs")::get))
                .contains(new ApiCredentials("vk", "vs", "VONAGE_API_KEY/VONAGE_API_SECRET"));
    }

    @Test
    void findsNothingWhenNoVariableIsSetOrOnlyBlankOnes() {
        assertThat(EnvironmentCredentials.find(Map.<String, String>of()::get)).isEmpty();
        assertThat(EnvironmentCredentials.find(Map.of("NEXMO_API_KEY", " ", "NEXMO_API_SECRET", "")::get))
                .isEmpty();
    }

    @Test
    void refusesHalfAPairRatherThanTakingTheOtherHalfFromTheNextNames() {
        Map<String, String> mixed = Map.of("NEXMO_API_KEY", "nk", "VONAGE_API_KEY", "vk", "VONAGE_API_SECRET", "vs");

        assertThatThrownBy(() -> EnvironmentCredentials.find(mixed::get))
                .isInstanceOfSatisfying(IncompleteCredentialsException.class, e -> {
                    assertThat(e.given()).isEqualTo("NEXMO_API_KEY");
                    assertThat(e.missing()).isEqualTo("NEXMO_API_SECRET");
                })
                .hasMessage("NEXMO_API_KEY is set but NEXMO_API_SECRET is not");
    }

    @Test
    void aPairNamesItsSourceAndNeverShowsTheSecret() {
        ApiCredentials credentials = ApiCredentials.pair("key", "s3cr3t", "--api-key", "--api-secret")
                .orElseThrow();

        assertThat(credentials.source()).isEqualTo("--api-key/--api-secret");
        assertThat(credentials.toString())
                .contains("key")
                .contains("--api-key/--api-secret")
                .doesNotContain("s3cr3t");
        assertThat(ApiCredentials.pair(null, null, "--api-key", "--api-secret")).isEmpty();
        assertThatThrownBy(() -> ApiCredentials.pair(null, "s3cr3t", "--api-key", "--api-secret"))
                .hasMessage("--api-secret is set but --api-key is not");
    }
}
