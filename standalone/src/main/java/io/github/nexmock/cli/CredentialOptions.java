package io.github.nexmock.cli;

import io.github.nexmock.credentials.ApiCredentials;
import picocli.CommandLine.Option;

/** The {@code --api-key}/{@code --api-secret} flags, shared by the commands that use Basic authentication. */
final class CredentialOptions {

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            description =
                    "API key; default: NEXMO_API_KEY, VONAGE_API_KEY, then [credentials] in ./.nexmorc or ~/.nexmorc.")
    String apiKey;

    @Option(
            names = "--api-secret",
            paramLabel = "SECRET",
            description = "API secret; taken from the same place as the key.")
    String apiSecret;

    /** The credentials from the flags or, when none are given, from the environment and config files. */
    ApiCredentials require(CliEnvironment environment) {
        return new CredentialLookup(environment).require(apiKey, apiSecret);
    }
}
