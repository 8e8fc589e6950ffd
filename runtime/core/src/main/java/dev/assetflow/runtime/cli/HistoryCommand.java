package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Shows the latest materializations, newest first: when, run, asset, partition, status, rows,"
                + " duration, attempts, code version and error. Without KEY, also the latest runs: RUNNING,"
                + " SUCCEEDED, FAILED, or ABANDONED (its process stopped without finishing it: its lease ran out).",
            "Read from the tables assetflow_runs and assetflow_materializations of the storage database."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:usage error: unknown asset",
            "3:the storage cannot be opened"})
final class HistoryCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(arity = "0..1", paramLabel = "KEY", description = "Only this asset.")
    String key;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("error: --limit must be at least 1");
            err.flush();
            return PipelineCli.USAGE;
        }
        if (key != null && context.asset(key, err).isEmpty()) {
            return PipelineCli.USAGE;
        }
        try (Materializer materializer = context.inspector(storage.url)) {
            if (key == null) {
                TextTable runs = new TextTable("run", "started", "status", "selection", "partition", "ok", "failed",
                        "skipped", "rows");
                List<String> abandoned = new java.util.ArrayList<>();
                for (RunRecord run : materializer.runs(limit)) {
                    runs.row(shortId(run.runId()), run.startedAt(), run.status(), run.selection(), run.partition(),
                            run.materialized(), run.failed(), run.skipped(), String.format("%,d", run.rows()));
                    if (run.status() == RunStatus.ABANDONED) {
                        abandoned.add("run " + shortId(run.runId()) + " ABANDONED: its process stopped without"
                                + " finishing it; its lease ran out at " + run.aliveUntil() + " with no sign of life");
                    }
                }
                out.println("runs:");
                out.print(runs.render());
                abandoned.forEach(out::println);
                out.println();
            }
            List<MaterializationRecord> records = key == null ? materializer.history() : materializer.history(key);
            TextTable table = new TextTable("finished", "run", "asset", "partition", "status", "rows", "ms",
                    "attempts", "code", "error");
            records.stream().limit(limit).forEach(r -> table.row(r.finishedAt(), shortId(r.runId()), r.asset(),
                    r.partition(), r.status(), String.format("%,d", r.rows()), r.durationMillis(), r.attempts(),
                    r.codeVersion() == null || r.codeVersion().length() <= 8 ? r.codeVersion()
                            : r.codeVersion().substring(0, 8), r.error()));
            out.println("materializations:");
            out.print(table.isEmpty() ? "(none yet)\n" : table.render());
            out.flush();
            return PipelineCli.OK;
        } catch (AssetflowException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PipelineCli.CONFIGURATION;
        }
    }

    static String shortId(String runId) {
        return runId.length() > 8 ? runId.substring(0, 8) : runId;
    }
}
