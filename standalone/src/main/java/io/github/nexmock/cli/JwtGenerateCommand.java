package io.github.nexmock.cli;

import io.github.nexmock.jwt.NexmoJwts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jwt:generate}: signs a JWT offline with an application's private key, taking claims in nexmo-cli's
 * {@code name=value} style, and prints the token alone so it can be captured with {@code $(...)}.
 */
@Command(
        name = "jwt:generate",
        mixinStandardHelpOptions = true,
        description = {
            "Sign a JWT for an application offline and print it alone on stdout.",
            "Without PRIVATE_KEY, the key and application_id come from ./.nexmo-app (or ~/.nexmo-app).",
            "Claims: application_id, sub, jti are strings; iat, nbf, exp are seconds since the epoch (exp defaults to"
                    + " 15 minutes after iat, iat to now); acl is a JSON object or one path glob such as /**;"
                    + " any other claim is parsed as JSON when it is JSON, else kept as a string.",
            "An exp more than 24 h after iat is signed with a warning on stderr: Nexmo accepts such a token and"
                    + " honours it 24 h after iat."
        },
        footer = {
            "",
            "Example (the client SDK token of Nexmo's guide):",
            "  nexmock jwt:generate ./private.key sub=alice exp=$(($(date +%%s)+86400)) "
                    + "acl='{\"paths\":{\"/*/users/**\":{},\"/*/conversations/**\":{},\"/*/sessions/**\":{},"
                    + "\"/*/devices/**\":{},\"/*/image/**\":{},\"/*/media/**\":{},\"/*/applications/**\":{},"
                    + "\"/*/push/**\":{},\"/*/knocking/**\":{}}}' application_id=MY_APP_ID"
        })
final class JwtGenerateCommand implements Callable<Integer> {

    @ParentCommand
    private NexmockCli cli;

    @Parameters(
            paramLabel = "PRIVATE_KEY | CLAIM=VALUE",
            description = "PEM private key file (PKCS#8 or PKCS#1), then claims.")
    private List<String> arguments = new ArrayList<>();

    @Option(
            names = "--allow-out-of-bounds",
            description = "Sign even when exp - iat is under 30 s, for a token Nexmo must refuse.")
    private boolean outOfBoundsLifetime;

    @Override
    public Integer call() {
        CliEnvironment environment = cli.environment();
        boolean keyFileGiven = !arguments.isEmpty() && !arguments.get(0).contains("=");
        Map<String, String> claims =
                KeyValueArguments.parse(keyFileGiven ? arguments.subList(1, arguments.size()) : arguments, "claim");
        NexmoJwts.Builder builder = NexmoJwts.builder();
        if (keyFileGiven) {
            if (!claims.containsKey("application_id")) {
                throw new CliException("application_id=... is required when a private key file is given");
            }
            builder.privateKey(KeyFiles.readPrivateKey(environment.resolve(arguments.get(0))));
        } else {
            NexmoAppFile app = NexmoAppFile.require(environment);
            builder.applicationId(app.applicationId())
                    .privateKey(KeyFiles.privateKey(app.privateKeyPem(environment), "private key in " + app.file()));
        }
        if (outOfBoundsLifetime) {
            builder.allowOutOfBoundsLifetime();
        }
        String token;
        try {
            ClaimArguments.apply(claims, builder);
            token = builder.sign();
        } catch (IllegalArgumentException e) {
            throw new CliException(OneLine.of(e), e);
        }
        cli.out().println(token);
        builder.warnings()
                .forEach(warning -> cli.err().println("warning: " + warning.code() + ": " + warning.message()));
        return 0;
    }
}
