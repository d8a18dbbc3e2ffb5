package io.github.nexmock.cli;

import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.credentials.EnvironmentCredentials;
import io.github.nexmock.credentials.IncompleteCredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the API key and secret the way nexmo-cli users expect: command-line flags first, then
 * {@code NEXMO_API_KEY}/{@code NEXMO_API_SECRET}, then {@code VONAGE_API_KEY}/{@code VONAGE_API_SECRET}, then the
 * {@code [credentials]} section of {@code ./.nexmorc} or {@code ~/.nexmorc}. Each source must supply both values:
 * a key from one place and a secret from another is refused rather than guessed.
 */
final class CredentialLookup {

    static final String RC_FILE = ".nexmorc";
    private static final String RC_SECTION = "credentials";

    private final CliEnvironment environment;

    CredentialLookup(CliEnvironment environment) {
        this.environment = environment;
    }

    /**
     * The first complete pair, or empty when no source has any.
     *
     * @throws CliException when a source has only half of a pair, or the config file cannot be read
     */
    Optional<ApiCredentials> find(String keyFlag, String secretFlag) {
        try {
            return ApiCredentials.pair(keyFlag, secretFlag, "--api-key", "--api-secret")
                    .or(() -> EnvironmentCredentials.find(environment.variables()::get))
                    .or(() -> environment.configFile(RC_FILE).map(CredentialLookup::readRcFile));
        } catch (IncompleteCredentialsException e) {
            throw new CliException(e.getMessage() + "; give both or neither");
        }
    }

    /**
     * The first complete pair.
     *
     * @throws CliException when there is none, naming every place that was looked at
     */
    ApiCredentials require(String keyFlag, String secretFlag) {
        return find(keyFlag, secretFlag)
                .orElseThrow(() -> new CliException(
                        "no API credentials: pass --api-key and --api-secret, set NEXMO_API_KEY and NEXMO_API_SECRET,"
                                + " or write them to ~/" + RC_FILE + " with 'nexmo setup'"));
    }

    private static ApiCredentials readRcFile(Path file) {
        IniFile ini;
        try {
            ini = IniFile.parse(Files.readString(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException("cannot read credentials from " + file + ": " + e.getMessage(), e);
        }
        Optional<String> key = ini.value(RC_SECTION, "api_key").filter(value -> !value.isBlank());
        Optional<String> secret = ini.value(RC_SECTION, "api_secret").filter(value -> !value.isBlank());
        if (key.isEmpty() || secret.isEmpty()) {
            throw new CliException(file + " has no api_key and api_secret in its [" + RC_SECTION + "] section");
        }
        return new ApiCredentials(key.get(), secret.get(), file.toString());
    }
}
