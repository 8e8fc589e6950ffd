package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.Materializer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Prints the statement a SQL asset sends to its database (INSERT INTO ... SELECT ...), rendered"
                + " in the dialect of the storage with its values inlined, without running it."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success",
            "2:usage error: unknown asset, or not a SQL asset", "3:the storage cannot be opened"})
final class SqlCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(paramLabel = "ASSET", description = "The key of a SQL asset.")
    String key;

    SqlCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AssetDefinition<?> asset = context.asset(key, err).orElse(null);
        if (asset == null) {
            return PipelineCli.USAGE;
        }
        if (!asset.isSql()) {
            err.println("error: asset '" + key + "' is not a SQL asset: " + (asset.isSource()
                    ? "it is a source asset, written elsewhere" : "it is computed in Java by " + asset.method())
                    + "; 'sql' prints the statement of assets whose method returns a jOOQ Select");
            err.flush();
            return PipelineCli.USAGE;
        }
        try (Materializer materializer = context.inspector(storage.url)) {
            out.println(materializer.sql(key) + ";");
            out.flush();
        }
        return PipelineCli.OK;
    }
}
