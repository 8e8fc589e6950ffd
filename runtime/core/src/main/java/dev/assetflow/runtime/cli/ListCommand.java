package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Partitions;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the assets in run order: key (marked (SQL) for SQL assets, which run in the database),"
                + " group, partitions, upstream assets, description and the status of the last materialization.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:usage error",
            "3:the storage cannot be opened"})
final class ListCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storage;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, MaterializationRecord> last = new HashMap<>();
        try (Materializer materializer = context.inspector(storage.url)) {
            for (MaterializationRecord record : materializer.runHistory().latestMaterializations()) {
                last.put(record.asset(), record);
            }
        }
        TextTable table = new TextTable("asset", "group", "partitions", "upstream", "last", "description");
        for (AssetDefinition<?> asset : context.graph().assets()) {
            MaterializationRecord record = last.get(asset.key());
            String status = asset.isSource() ? "source" : record == null ? "never"
                    : record.status() + (record.partition() == null ? "" : " [" + record.partition() + "]");
            table.row(asset.key() + (asset.isSql() ? " (SQL)" : ""), asset.group(),
                    asset.partitions().map(Partitions::describe).orElse(""),
                    String.join(",", context.graph().upstream(asset.key())), status, asset.description());
        }
        out.print(table.render());
        out.flush();
        return PipelineCli.OK;
    }
}
