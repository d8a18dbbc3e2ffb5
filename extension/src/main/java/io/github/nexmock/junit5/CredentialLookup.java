package io.github.nexmock.junit5;

import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.credentials.EnvironmentCredentials;
import io.github.nexmock.credentials.IncompleteCredentialsException;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the API credentials of the real platform: the {@code nexmock.api-key} and {@code nexmock.api-secret} system
 * properties (or JUnit configuration parameters) first, then {@code NEXMO_API_KEY}/{@code NEXMO_API_SECRET}, then
 * {@code VONAGE_API_KEY}/{@code VONAGE_API_SECRET}. Each source must give both halves of the pair.
 */
final class CredentialLookup {

    static final String KEY_PROPERTY = "nexmock.api-key";
    static final String SECRET_PROPERTY = "nexmock.api-secret";

    /** Where a user can put credentials, for the message of a skipped test. */
    static final String WHERE = "set NEXMO_API_KEY and NEXMO_API_SECRET (or VONAGE_API_KEY and VONAGE_API_SECRET),"
            + " or the system properties " + KEY_PROPERTY + " and " + SECRET_PROPERTY;

    private final Function<String, Optional<String>> configuration;
    private final Function<String, String> environment;

    CredentialLookup(Function<String, Optional<String>> configuration, Function<String, String> environment) {
        this.configuration = configuration;
        this.environment = environment;
    }

    /** Looks in the test run's configuration parameters (which include system properties) and the process environment. */
    static CredentialLookup of(ExtensionContext context) {
        return new CredentialLookup(context::getConfigurationParameter, System::getenv);
    }

    /**
     * The first complete pair, or empty when no source has any.
     *
     * @throws ExtensionConfigurationException when a source holds only half of a pair
     */
    Optional<ApiCredentials> find() {
        try {
            return ApiCredentials.pair(property(KEY_PROPERTY), property(SECRET_PROPERTY), KEY_PROPERTY, SECRET_PROPERTY)
                    .or(() -> EnvironmentCredentials.find(environment));
        } catch (IncompleteCredentialsException e) {
            throw new ExtensionConfigurationException(e.getMessage() + "; set both or neither");
        }
    }

    /** A configuration parameter, null when unset or blank. */
    private String property(String name) {
        return configuration.apply(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
