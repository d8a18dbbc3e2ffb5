package io.github.nexmock.cli;

import io.github.nexmock.client.NexmoApiException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nexmock} command line: the mock server ({@code serve}) and nexmo-cli's commands for applications,
 * users and JWTs, pointed at the mock or at the real platform. Entry point of the standalone jar.
 */
@Command(
        name = "nexmock",
        mixinStandardHelpOptions = true,
        versionProvider = NexmockVersion.class,
        description = "Mock Nexmo (Vonage) applications, users and JWTs, and work with them the way nexmo-cli does.")
public final class NexmockCli implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            ServeCommand.class,
            AppCreateCommand.class,
            UserCreateCommand.class,
            JwtGenerateCommand.class,
            JwtVerifyCommand.class);

    /** Exit code of a command that failed, e.g. a missing file or a refused token. */
    static final int FAILED = 1;
    /** Exit code of a command line that could not be parsed. */
    static final int USAGE = 2;

    private final CliEnvironment environment;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    NexmockCli(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Runs the command line and exits with its code (unless it is a server that keeps running). */
    public static void main(String[] args) {
        int exitCode = run(
                args, CliEnvironment.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(exitCode);
    }

    /** Runs one command line with the given environment and output streams and returns its exit code. */
    static int run(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NexmockCli(environment));
        commandsFor(args).forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            String message = exception instanceof CliException || exception instanceof NexmoApiException
                    ? OneLine.of(exception)
                    : exception.getClass().getSimpleName() + ": " + OneLine.of(exception);
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine command = exception.getCommandLine();
            command.getErr()
                    .println(command.getCommandSpec().qualifiedName() + ": " + OneLine.of(exception) + " (see '"
                            + command.getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        return commandLine.execute(args);
    }

    /**
     * Only the command named by the first argument, or all of them when it names none (usage, version, a typo).
     * Building picocli's model of a command costs reflection and class loading, which {@code serve} would otherwise
     * pay at every start for four commands it does not run.
     */
    private static List<Class<?>> commandsFor(String[] args) {
        List<Class<?>> named = COMMANDS.stream()
                .filter(command -> args.length > 0
                        && command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        return named.isEmpty() ? COMMANDS : named;
    }

    /** The environment every subcommand reads variables, directories and config files from. */
    CliEnvironment environment() {
        return environment;
    }

    /** Where commands print their results. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where commands print notes and warnings that must not mix with results. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
