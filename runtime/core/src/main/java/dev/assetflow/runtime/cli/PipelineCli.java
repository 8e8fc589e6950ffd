package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line of a generated {@code Pipeline}: {@code materialize}, {@code list}, {@code show},
 * {@code sql}, {@code graph}, {@code history}, {@code checks}, {@code generate-completion}, and the commands that jars on the
 * class path add as {@link PipelineCommand}s (such as {@code ui}). The generated {@code main} calls
 * {@code System.exit(PipelineCli.execute(graph(), args))}.
 *
 * <p>Exit codes: {@value #OK} success, {@value #FAILED} an asset or check failed, {@value #USAGE} a usage
 * error (unknown option, asset, group or partition), {@value #CONFIGURATION} a configuration or storage
 * error (the database cannot be opened, a resource is missing).
 */
public final class PipelineCli {

    /** Everything selected ran and every check passed. */
    public static final int OK = 0;
    /** An asset failed or was skipped, or a check failed. */
    public static final int FAILED = 1;
    /** The command line is wrong: unknown option, asset, group or partition key. */
    public static final int USAGE = 2;
    /** The storage cannot be opened or written, or the pipeline is misconfigured (a missing resource). */
    public static final int CONFIGURATION = 3;

    private PipelineCli() {
    }

    /** Runs the command {@code args} against {@code graph}, printing to standard out and error. */
    public static int execute(AssetGraph graph, String[] args) {
        return commandLine(graph, builder -> { }).execute(args);
    }

    /**
     * The command line for {@code graph}, for embedding or testing ({@code setOut}/{@code setErr} redirect
     * its output). {@code configure} adds what the command line cannot say, such as resources, to every
     * materializer the commands build.
     */
    public static CommandLine commandLine(AssetGraph graph, Consumer<Materializer.Builder> configure) {
        Objects.requireNonNull(graph, "graph");
        CliContext context = new CliContext(graph, configure);
        CommandLine commandLine = new CommandLine(new Root());
        commandLine.addSubcommand("materialize", new MaterializeCommand(context));
        commandLine.addSubcommand("list", new ListCommand(context));
        commandLine.addSubcommand("graph", new GraphCommand(context));
        commandLine.addSubcommand("history", new HistoryCommand(context));
        commandLine.addSubcommand("checks", new ChecksCommand(context));
        commandLine.addSubcommand("show", new ShowCommand(context));
        commandLine.addSubcommand("sql", new SqlCommand(context));
        for (PipelineCommand extension : extensions()) {
            if (!commandLine.getSubcommands().containsKey(extension.name())) {
                commandLine.addSubcommand(extension.name(), extension.command(graph, configure));
            }
        }
        commandLine.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("error: " + e.getMessage());
            err.flush();
            return CONFIGURATION;
        });
        return commandLine;
    }

    /** The commands that jars on the class path add, ordered by name. */
    private static List<PipelineCommand> extensions() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<PipelineCommand> found = new ArrayList<>();
        ServiceLoader.load(PipelineCommand.class, loader != null ? loader : PipelineCli.class.getClassLoader())
                .forEach(found::add);
        found.sort(Comparator.comparing(PipelineCommand::name));
        return found;
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Materializes and inspects the assets of this pipeline.",
            synopsisSubcommandLabel = "COMMAND",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success", "1:an asset or check failed (or was skipped)",
                "2:usage error: unknown option, asset, group or partition",
                "3:configuration or storage error: database cannot be opened, missing resource"},
            footer = {"", "Storage: --url, else -Dassetflow.url, else ASSETFLOW_URL, else"
                    + " jdbc:duckdb:warehouse.duckdb.", "Run 'COMMAND --help' for the options of a command."})
    static final class Root implements Runnable {
        @picocli.CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "missing command: one of "
                    + String.join(", ", spec.subcommands().keySet()));
        }
    }
}
