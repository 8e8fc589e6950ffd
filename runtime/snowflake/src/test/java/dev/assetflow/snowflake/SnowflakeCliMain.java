package dev.assetflow.snowflake;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.cli.PipelineCli;
import dev.assetflow.runtime.reliability.Item;
import dev.assetflow.runtime.reliability.Pipelines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs command lines of a three-asset pipeline in this JVM, whose {@code SNOWFLAKE_*} environment holds the
 * credentials, as a user's generated {@code Pipeline} does: {@code <url> <command> [<command> ...]}, each command
 * one argument ({@code "materialize --stale"}), {@code --url <url>} appended. Prints, per command, its exit code,
 * duration, standard output and error between markers; an asset's computation prints {@code COMPUTED <key>}
 * to the process's standard error.
 */
public final class SnowflakeCliMain {

    private SnowflakeCliMain() {
    }

    public static void main(String[] args) {
        AssetGraph graph = AssetGraph.of(List.of(asset("cli_a"), asset("cli_b"), asset("cli_c")));
        for (int i = 1; i < args.length; i++) {
            List<String> command = new ArrayList<>(List.of(args[i].split(" ")));
            command.addAll(List.of("--url", args[0]));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = PipelineCli.commandLine(graph, builder -> { });
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            long start = System.nanoTime();
            int code = commandLine.execute(command.toArray(String[]::new));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("### " + args[i]);
            System.out.println("exit " + code);
            System.out.println("millis " + millis);
            System.out.println("--- out");
            System.out.print(out);
            System.out.println("--- err");
            System.out.print(err);
        }
        System.out.flush();
    }

    private static dev.assetflow.runtime.AssetDefinition<Item> asset(String key) {
        return Pipelines.items(key, () -> {
            System.err.println("COMPUTED " + key);
            return Item.range(0, 3, key);
        });
    }
}
