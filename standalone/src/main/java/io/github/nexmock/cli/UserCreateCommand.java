package io.github.nexmock.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.jwt.NexmoJwts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code user:create}: creates a user of the application in {@code ./.nexmo-app}, authenticating with an application
 * JWT signed by its private key, and prints {@code User created: USR-...} like nexmo-cli.
 */
@Command(
        name = "user:create",
        mixinStandardHelpOptions = true,
        description = {
            "Create a user of the application in ./.nexmo-app (or ~/.nexmo-app).",
            "name, display_name and image_url are strings; other fields (properties, channels) are parsed as JSON"
                    + " when they are JSON."
        },
        footer = {"", "Example:", "  nexmock user:create name=alice display_name=\"Alice Smith\""})
final class UserCreateCommand implements Callable<Integer> {

    private static final Set<String> STRING_FIELDS = Set.of("name", "display_name", "image_url");

    @ParentCommand
    private NexmockCli cli;

    @Parameters(paramLabel = "FIELD=VALUE", arity = "1..*", description = "User fields, e.g. name=alice.")
    private List<String> fields;

    @Mixin
    private BaseUrlOption baseUrl;

    @Override
    public Integer call() {
        CliEnvironment environment = cli.environment();
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> field :
                KeyValueArguments.parse(fields, "user field").entrySet()) {
            request.set(
                    field.getKey(),
                    STRING_FIELDS.contains(field.getKey())
                            ? request.textNode(field.getValue())
                            : JsonArgument.nodeOf(field.getValue()));
        }
        NexmoAppFile app = NexmoAppFile.require(environment);
        String token = NexmoJwts.builder()
                .applicationId(app.applicationId())
                .privateKey(KeyFiles.privateKey(app.privateKeyPem(environment), "private key in " + app.file()))
                .sign();

        String userId = new NexmoApiClient(baseUrl.uri())
                .createUser(token, request)
                .path("id")
                .asText();

        cli.out().println("User created: " + userId);
        return 0;
    }
}
