package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.BackfillResult;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Staleness;
import dev.assetflow.runtime.io.StorageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "materialize", mixinStandardHelpOptions = true,
        description = {"Computes the selected assets and stores them, upstream first, independent assets in"
                + " parallel; runs their checks and records the run in the history.",
            "Inputs of selected assets whose upstream is not selected are read from storage."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every selected asset materialized and every check passed",
            "1:an asset failed or was skipped, or a check failed", "2:usage error: unknown asset, group or partition",
            "3:configuration or storage error"},
        footer = {"", "Selection (--select): terms separated by spaces or commas:",
            "  key          that asset", "  +key         it and everything upstream",
            "  key+         it and everything downstream", "  +key+        both",
            "  group:name   every asset of the group", "  *            every asset (default)",
            "", "Examples:", "  materialize --select +sales_summary",
            "  materialize --select daily_sales+ --partition 2024-01-15",
            "  materialize --select daily_sales --from 2024-01-01 --to 2024-01-31",
            "  materialize --stale"})
final class MaterializeCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Option(names = "--select", paramLabel = "EXPR", description = "Assets to materialize (default: all).")
    String select;

    @Option(names = "--partition", paramLabel = "KEY", description = "Materialize only this partition of the"
            + " selected partitioned assets (2024-01-15, 2024-01, eu).")
    String partition;

    @Option(names = "--from", paramLabel = "KEY", description = "First partition of a backfill (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "KEY", description = "Last partition of a backfill, inclusive.")
    String to;

    @Option(names = "--stale", description = "Materialize only stale assets: never materialized, code changed, or"
            + " an upstream materialized since; prints why each one is stale.")
    boolean stale;

    @Option(names = "--force", description = "With --from/--to: also redo partitions that already succeeded with"
            + " the current code version.")
    boolean force;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal (the bar is drawn only"
            + " when standard output is an interactive terminal; the line per asset is always printed).")
    boolean noProgress;

    @Option(names = "--parallelism", paramLabel = "N", description = "Assets (and backfill partitions) run at"
            + " once (default: number of processors).")
    Integer parallelism;

    MaterializeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = checkOptions();
        if (usage != null) {
            err.println("error: " + usage);
            err.println("Run 'materialize --help' for the options.");
            err.flush();
            return PipelineCli.USAGE;
        }
        AssetSelection selection;
        try {
            selection = select == null ? AssetSelection.all() : AssetSelection.parse(select);
            selection.resolve(context.graph());
        } catch (AssetflowException e) {
            return usageError(err, e);
        }
        Materializer materializer;
        try {
            materializer = context.materializer(storage.url, parallelism,
                    new ProgressPrinter(out, !noProgress && Terminal.isInteractive()));
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PipelineCli.CONFIGURATION;
        }
        try (materializer) {
            return run(materializer, selection, out, err);
        }
    }

    private String checkOptions() {
        if (partition != null && (from != null || to != null)) {
            return "--partition and --from/--to exclude each other";
        }
        if ((from == null) != (to == null)) {
            return "--from and --to go together";
        }
        if (stale && (partition != null || from != null || select != null)) {
            return "--stale decides the selection itself; it cannot be combined with --select, --partition or"
                    + " --from/--to";
        }
        if (force && from == null) {
            return "--force applies to backfills (--from/--to) only";
        }
        if (parallelism != null && parallelism < 1) {
            return "--parallelism must be at least 1";
        }
        return null;
    }

    private int run(Materializer materializer, AssetSelection selection, PrintWriter out, PrintWriter err) {
        try {
            if (!stale) {
                notRun(selection, out);
            }
            if (from != null) {
                BackfillResult result = materializer.backfill(selection, from, to, force);
                if (!result.alreadyDone().isEmpty()) {
                    out.println("already done (use --force to redo): " + String.join(", ", result.alreadyDone()));
                }
                out.println(result);
                result.runs().forEach((partition, run) -> FailureReasons.print(run, out));
                out.flush();
                int checks = (int) result.runs().values().stream().mapToLong(r -> r.failedChecks().size()).sum();
                return result.isSuccess() && checks == 0 ? PipelineCli.OK : PipelineCli.FAILED;
            }
            MaterializeResult result;
            if (stale) {
                for (Staleness staleness : materializer.staleness()) {
                    out.printf("  %-28s %s%n", staleness.asset(), staleness.stale() ? "STALE: " + staleness.reason()
                            : staleness.reason());
                }
                result = materializer.materializeStale();
                if (result.assets().isEmpty()) {
                    out.println("nothing to materialize: every unpartitioned asset is up to date");
                    out.flush();
                    return PipelineCli.OK;
                }
            } else if (partition != null) {
                result = materializer.materialize(selection, partition);
            } else {
                result = materializer.materialize(selection);
            }
            return finish(result, out);
        } catch (MaterializationException e) {
            finish(e.result(), out);
            return PipelineCli.FAILED;
        } catch (StorageException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PipelineCli.CONFIGURATION;
        } catch (AssetflowException e) {
            return usageError(err, e);
        }
    }

    /**
     * Says which selected assets do not run and why: source assets that a selection names (written
     * elsewhere), and with a partition or a backfill of every asset, the assets that are not partitioned.
     */
    private void notRun(AssetSelection selection, PrintWriter out) {
        List<String> sources = new ArrayList<>();
        List<String> unpartitioned = new ArrayList<>();
        Set<String> selected = selection.resolve(context.graph());
        for (String key : selected) {
            AssetDefinition<?> asset = context.graph().require(key);
            if (asset.isSource()) {
                sources.add(key);
            } else if ((partition != null || from != null) && selection.isAll() && asset.partitions().isEmpty()) {
                unpartitioned.add(key);
            }
        }
        if (!sources.isEmpty() && sources.size() < selected.size() && !selection.isAll()) {
            out.println("not run: " + String.join(", ", sources) + " (source " + (sources.size() == 1 ? "asset" : "assets")
                    + ": written elsewhere, only read)");
        }
        if (!unpartitioned.isEmpty() && sources.size() + unpartitioned.size() < selected.size()) {
            out.println("not run: " + String.join(", ", unpartitioned) + " (not partitioned: " + (partition != null
                    ? "--partition" : "--from/--to") + " runs only partitioned assets; materialize "
                    + (unpartitioned.size() == 1 ? "it" : "them") + " without it)");
        }
        out.flush();
    }

    private static int finish(MaterializeResult result, PrintWriter out) {
        out.println();
        out.println(result);
        FailureReasons.print(result, out);
        out.flush();
        return result.isSuccess() && result.failedChecks().isEmpty() ? PipelineCli.OK : PipelineCli.FAILED;
    }

    private static int usageError(PrintWriter err, AssetflowException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return PipelineCli.USAGE;
    }
}
