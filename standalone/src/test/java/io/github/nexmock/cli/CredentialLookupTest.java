package io.github.nexmock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nexmock.credentials.ApiCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialLookupTest {

    @TempDir
    Path root;

    private CliSandbox sandboxWithEverySource() throws IOException {
        CliSandbox sandbox = new CliSandbox(root)
                .variable("NEXMO_API_KEY", "nexmo-key")
                .variable("NEXMO_API_SECRET", "nexmo-secret")
                .variable("VONAGE_API_KEY", "vonage-key")
                .variable("VONAGE_API_SECRET", "vonage-secret");
        Files.writeString(sandbox.home(".nexmorc"), "[credentials]\napi_key=rc-key\napi_secret=rc-secret\n");
        return sandbox;
    }

    @Test
    void flagsComeFirst() throws IOException {
        ApiCredentials found =
                new CredentialLookup(sandboxWithEverySource().environment()).require("flag-key", "flag-secret");

        assertThat(found).isEqualTo(new ApiCredentials("flag-key", "flag-secret", "--api-key/--api-secret"));
    }

    @Test
    void nexmoVariablesComeBeforeVonageVariables() throws IOException {
        ApiCredentials found = new CredentialLookup(sandboxWithEverySource().environment()).require(null, null);

        assertThat(found.apiKey()).isEqualTo("nexmo-key");
        assertThat(found.source()).isEqualTo("NEXMO_API_KEY/NEXMO_API_SECRET");
    }

    @Test
    void vonageVariablesComeBeforeTheConfigFile() throws IOException {
        CliSandbox sandbox = new CliSandbox(root)
                .variable("VONAGE_API_KEY", "vonage-key")
                .variable("VONAGE_API_SECRET", "vonage-secret");
        Files.writeString(sandbox.home(".nexmorc"), "[credentials]\napi_key=rc-key\napi_secret=rc-secret\n");

        assertThat(new CredentialLookup(sandbox.environment())
                        .require(null, null)
                        .apiKey())
                .isEqualTo("vonage-key");
    }

    @Test
    void configFileInTheWorkingDirectoryComesBeforeTheOneAtHome() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.home(".nexmorc"), "[credentials]\napi_key=home-key\napi_secret=home-secret\n");
        Files.writeString(sandbox.work(".nexmorc"), "[credentials]\napi_key = local-key\napi_secret = local-secret\n");

        ApiCredentials found = new CredentialLookup(sandbox.environment()).require(null, null);

        assertThat(found)
                .isEqualTo(new ApiCredentials(
                        "local-key", "local-secret", sandbox.work(".nexmorc").toString()));
    }

    @Test
    void homeConfigFileIsTheLastResort() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.home(".nexmorc"), "[credentials]\napi_key=home-key\napi_secret=home-secret\n");

        assertThat(new CredentialLookup(sandbox.environment()).find(null, null))
                .contains(new ApiCredentials(
                        "home-key", "home-secret", sandbox.home(".nexmorc").toString()));
    }

    @Test
    void noSourceAtAllIsEmptyAndRequireSaysWhereItLooked() {
        CredentialLookup lookup = new CredentialLookup(new CliSandbox(root).environment());

        assertThat(lookup.find(null, null)).isEmpty();
        assertThatThrownBy(() -> lookup.require(null, null))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("--api-key")
                .hasMessageContaining("NEXMO_API_KEY")
                .hasMessageContaining(".nexmorc");
    }

    @Test
    void halfAPairIsRefusedRatherThanMixedWithAnotherSource() throws IOException {
        CliSandbox sandbox = sandboxWithEverySource().variable("NEXMO_API_SECRET", "");

        assertThatThrownBy(() -> new CredentialLookup(sandbox.environment()).find(null, null))
                .isInstanceOf(CliException.class)
                .hasMessage("NEXMO_API_KEY is set but NEXMO_API_SECRET is not; give both or neither");
        assertThatThrownBy(() -> new CredentialLookup(sandbox.environment()).find(null, "flag-secret"))
                .hasMessage("--api-secret is set but --api-key is not; give both or neither");
    }

    @Test
    void configFileWithoutCredentialsIsNamedInTheError() throws IOException {
        CliSandbox sandbox = new CliSandbox(root);
        Files.writeString(sandbox.home(".nexmorc"), "[other]\napi_key=x\n");

        assertThatThrownBy(() -> new CredentialLookup(sandbox.environment()).find(null, null))
                .isInstanceOf(CliException.class)
                .hasMessage(sandbox.home(".nexmorc") + " has no api_key and api_secret in its [credentials] section");
    }

    @Test
    void secretNeverAppearsInToString() {
        assertThat(new ApiCredentials("key", "very-secret", "flags").toString()).doesNotContain("very-secret");
    }
}
