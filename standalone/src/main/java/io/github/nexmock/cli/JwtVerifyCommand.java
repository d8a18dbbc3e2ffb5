package io.github.nexmock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.credentials.ApiCredentials;
import io.github.nexmock.jwt.JwtRejectedException;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.KeyResolver;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.jwt.TokenWarning;
import io.github.nexmock.jwt.VerifiedToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jwt:verify}: checks a token the way the mock server does (signature, claims, lifetime bounds and, with
 * {@code --path}, the ACL) and prints its claims, and on stderr what Nexmo accepts but is probably a mistake, or the
 * refusal reason on stderr with exit code 1. After a refusal or warning that a known generator habit causes, a
 * {@code hint:} line names the habit and the fix ({@link GeneratorHabits}).
 */
@Command(
        name = "jwt:verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verify a JWT as the mock server does and print its claims as JSON.",
            "The key is the application's public key, from --public-key or fetched from --base-url with the API"
                    + " credentials. The ACL is checked only when --path is given."
        })
final class JwtVerifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<Reason> ACL_REASONS =
            Set.of(Reason.ACL_MISSING, Reason.ACL_DENIES_PATH, Reason.ACL_DENIES_METHOD);

    @ParentCommand
    private NexmockCli cli;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TOKEN", description = "The JWT, or - to read it from stdin.")
    private String token;

    @ArgGroup(exclusive = true)
    private KeySource keySource = new KeySource();

    @Mixin
    private CredentialOptions credentials;

    @Option(
            names = "--method",
            paramLabel = "METHOD",
            defaultValue = "GET",
            description = "HTTP method the ACL must allow (default: ${DEFAULT-VALUE}).")
    private String method;

    @Option(names = "--path", paramLabel = "PATH", description = "Request path the ACL must allow, e.g. /v1/users.")
    private String path;

    /** Where the verification key comes from: a file, or the application as the API returns it. */
    static final class KeySource {

        @Option(
                names = "--public-key",
                paramLabel = "FILE",
                description =
                        "PEM public key of the application (a private key file works too: its public half is used).")
        String publicKey;

        @Option(
                names = "--base-url",
                paramLabel = "URL",
                description = "Fetch the key of the token's application from this API (default: "
                        + BaseUrlOption.DEFAULT + ").")
        String baseUrl = BaseUrlOption.DEFAULT;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        CliEnvironment environment = cli.environment();
        String jwt = "-".equals(token) ? readStandardInput() : token.strip();
        JwtVerifier verifier =
                JwtVerifier.builder().keyResolver(keyResolver(environment)).build();
        Map<String, Object> claims;
        List<TokenWarning> warnings;
        try {
            VerifiedToken verified = verifier.verify(jwt, method, path == null ? "/" : path);
            claims = verified.claims();
            warnings = verified.warnings();
        } catch (JwtRejectedException e) {
            if (path != null || !ACL_REASONS.contains(e.reason())) {
                String refusal = "refused: " + e.reason() + " (" + e.reason().status() + " "
                        + e.reason().code() + "): " + OneLine.of(e);
                Optional<String> habit = GeneratorHabits.behind(e.reason());
                if (habit.isEmpty()) {
                    throw new CliException(refusal, e);
                }
                cli.err().println(spec.qualifiedName() + ": " + refusal);
                cli.err().println("hint: " + habit.get());
                return NexmockCli.FAILED;
            }
            // The ACL is the verifier's last step: a token refused only there has passed every other check.
            claims = e.unverifiedClaims();
            warnings = e.warnings();
        }
        cli.out().println(JSON.writeValueAsString(claims));
        for (TokenWarning warning : warnings) {
            cli.err().println("warning: " + warning.code() + ": " + warning.message());
            GeneratorHabits.behind(warning.code()).ifPresent(habit -> cli.err().println("hint: " + habit));
        }
        if (path == null) {
            cli.err().println("verified; ACL not checked (give --path to check it)");
        }
        return 0;
    }

    private KeyResolver keyResolver(CliEnvironment environment) {
        if (keySource.publicKey != null) {
            RSAPublicKey key = KeyFiles.readPublicKey(environment.resolve(keySource.publicKey));
            return applicationId -> Optional.of(key);
        }
        NexmoApiClient api = new NexmoApiClient(BaseUrlOption.toUri(keySource.baseUrl));
        ApiCredentials account = credentials.require(environment);
        return applicationId -> api.application(account.apiKey(), account.apiSecret(), applicationId)
                .map(application -> publicKeyOf(application, applicationId));
    }

    private static PublicKey publicKeyOf(JsonNode application, String applicationId) {
        try {
            return RsaKeys.readPublicKey(
                    application.path("keys").path("public_key").asText(""));
        } catch (IllegalArgumentException e) {
            throw new CliException(
                    "the API's public key of application " + applicationId + " is not usable: " + OneLine.of(e), e);
        }
    }

    private static String readStandardInput() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
            if (line == null || line.isBlank()) {
                throw new CliException("TOKEN is '-' but stdin has no token");
            }
            return line.strip();
        } catch (IOException e) {
            throw new CliException("cannot read the token from stdin: " + OneLine.of(e), e);
        }
    }
}
