package io.github.nexmock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nexmock.client.NexmoApiClient;
import io.github.nexmock.credentials.ApiCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code app:create}: creates an application through the Application API v2 as nexmo-cli does, saves the private key
 * the platform generated (owner-only) and writes {@code ./.nexmo-app} for {@code user:create} and {@code jwt:generate}.
 */
@Command(
        name = "app:create",
        mixinStandardHelpOptions = true,
        description = {
            "Create an application, save its private key and write ./.nexmo-app.",
            "Prints 'Application created: <id>' first, like nexmo-cli."
        },
        footer = {
            "",
            "Example:",
            "  nexmock app:create \"My Nexmo App\" https://example.com/answer https://example.com/event"
                    + " --type=rtc --keyfile=private.key"
        })
final class AppCreateCommand implements Callable<Integer> {

    @ParentCommand
    private NexmockCli cli;

    @Parameters(index = "0", paramLabel = "NAME", description = "Application name.")
    private String name;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "ANSWER_URL",
            description = "Voice answer URL (messages: inbound URL).")
    private String answerUrl;

    @Parameters(
            index = "2",
            arity = "0..1",
            paramLabel = "EVENT_URL",
            description = "Voice and rtc event URL (messages: status URL).")
    private String eventUrl;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "One capability: voice, rtc or messages (default: voice).")
    private String type;

    @Option(
            names = "--capabilities",
            paramLabel = "NAMES",
            split = ",",
            description = "Several capabilities instead of --type, comma-separated: voice,rtc,messages,vbc.")
    private List<String> capabilities;

    @Option(
            names = "--keyfile",
            paramLabel = "FILE",
            defaultValue = "private.key",
            description = "Where to save the private key, owner-only (default: ${DEFAULT-VALUE}).")
    private String keyFile;

    @Mixin
    private BaseUrlOption baseUrl;

    @Mixin
    private CredentialOptions credentials;

    @Override
    public Integer call() {
        CliEnvironment environment = cli.environment();
        if (answerUrl != null && eventUrl == null) {
            throw new CliException("give both ANSWER_URL and EVENT_URL, or neither");
        }
        if (type != null && capabilities != null) {
            throw new CliException("give --type or --capabilities, not both");
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("name", name);
        request.set(
                "capabilities",
                Capabilities.of(
                        capabilities != null ? capabilities : List.of(type != null ? type : "voice"),
                        answerUrl,
                        eventUrl));
        Path keyPath = environment.resolve(keyFile);
        if (!Files.isDirectory(keyPath.getParent())) {
            throw new CliException("cannot save the private key to " + keyPath + ": directory " + keyPath.getParent()
                    + " does not exist");
        }
        ApiCredentials account = credentials.require(environment);

        JsonNode created =
                new NexmoApiClient(baseUrl.uri()).createApplication(account.apiKey(), account.apiSecret(), request);
        String applicationId = created.path("id").asText();
        String privateKey = created.path("keys").path("private_key").asText("");
        if (applicationId.isEmpty() || privateKey.isEmpty()) {
            throw new CliException("the API created an application but its answer has no id or no keys.private_key");
        }

        cli.out().println("Application created: " + applicationId);
        OwnerOnlyFiles.write(keyPath, privateKey, "private key file");
        Path appFile = NexmoAppFile.write(environment, applicationId, privateKey);
        cli.out().println("Credentials written to " + appFile);
        cli.out().println("Private Key saved to: " + keyFile);
        return 0;
    }
}
