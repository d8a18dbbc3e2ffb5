package io.github.nexmock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.nexmock.jwt.JwtRejectedException;
import io.github.nexmock.jwt.JwtVerifier;
import io.github.nexmock.jwt.KeyResolver;
import io.github.nexmock.jwt.Reason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code jwt:verify}: checks a token the way the mock server does (signature, claims, lifetime bounds and, with
 * {@code --path}, the ACL) and prints its claims, or the refusal reason on stderr with exit code 1.
 */
@Command(name = "jwt:verify",
        mixinStandardHelpOptions = true,
        description = {"Verify a JWT as the mock server does and print its claims as JSON.",
                "The ACL is checked only when --path is given."})
final class JwtVerifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<Reason> ACL_REASONS = Set.of(Reason.ACL_MISSING, Reason.ACL_DENIES_PATH, Reason.ACL_DENIES_METHOD);

    @ParentCommand
    private NexmockCli cli;

    @Parameters(paramLabel = "TOKEN", description = "The JWT, or - to read it from stdin.")
    private String token;

    @Option(names = "--public-key", paramLabel = "FILE", required = true,
            description = "PEM public key of the application (a private key file works too: its public half is used).")
    private String publicKey;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "GET",
            description = "HTTP method the ACL must allow (default: ${DEFAULT-VALUE}).")
    private String method;

    @Option(names = "--path", paramLabel = "PATH", description = "Request path the ACL must allow, e.g. /v1/users.")
    private String path;

    @Override
    public Integer call() throws JsonProcessingException {
        CliEnvironment environment = cli.environment();
        String jwt = "-".equals(token) ? readStandardInput() : token.strip();
        JwtVerifier verifier = JwtVerifier.builder().keyResolver(keyResolver(environment)).build();
        Map<String, Object> claims;
        try {
            claims = verifier.verify(jwt, method, path == null ? "/" : path).claims();
        } catch (JwtRejectedException e) {
            if (path != null || !ACL_REASONS.contains(e.reason())) {
                throw new CliException("refused: " + e.reason() + " (" + e.reason().status() + " " + e.reason().code() + "): "
                        + OneLine.of(e), e);
            }
            // The ACL is the verifier's last step: a token refused only there has passed every other check.
            claims = e.unverifiedClaims();
        }
        cli.out().println(JSON.writeValueAsString(claims));
        if (path == null) {
            cli.err().println("verified; ACL not checked (give --path to check it)");
        }
        return 0;
    }

    private KeyResolver keyResolver(CliEnvironment environment) {
        RSAPublicKey key = KeyFiles.readPublicKey(environment.resolve(publicKey));
        return applicationId -> Optional.of(key);
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
