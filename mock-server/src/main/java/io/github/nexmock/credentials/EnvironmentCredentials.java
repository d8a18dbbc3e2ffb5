package io.github.nexmock.credentials;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The credentials environment variables hold, in the order the Nexmo and Vonage tools read them:
 * {@code NEXMO_API_KEY}/{@code NEXMO_API_SECRET} first, then {@code VONAGE_API_KEY}/{@code VONAGE_API_SECRET}.
 * A blank variable counts as unset; each pair must be complete (see {@link ApiCredentials#pair}).
 */
public final class EnvironmentCredentials {

    private static final List<String> PREFIXES = List.of("NEXMO", "VONAGE");

    private EnvironmentCredentials() {}

    /**
     * The first complete pair among the variables.
     *
     * @param variables the value of a variable by name, null when unset (for example {@code System::getenv})
     * @return the credentials, or empty when neither pair has any value
     * @throws IncompleteCredentialsException when the first pair with a value has only one of the two
     */
    public static Optional<ApiCredentials> find(Function<String, String> variables) {
        for (String prefix : PREFIXES) {
            String keyName = prefix + "_API_KEY";
            String secretName = prefix + "_API_SECRET";
            Optional<ApiCredentials> found = ApiCredentials.pair(
                    nonBlank(variables.apply(keyName)), nonBlank(variables.apply(secretName)), keyName, secretName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The value, or null when it is unset or blank. */
    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
