package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetCheckDefinition;
import dev.assetflow.runtime.CheckRecord;
import dev.assetflow.runtime.Materializer;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "checks", mixinStandardHelpOptions = true,
        description = {"Lists the asset checks: checked asset, name, whether a failure blocks the downstream, the"
                + " description, and the last result with its figures.",
            "Checks run right after their asset is materialized."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "3:the storage cannot be opened"})
final class ChecksCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storage;

    ChecksCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, CheckRecord> last = new HashMap<>();
        try (Materializer materializer = context.inspector(storage.url)) {
            for (CheckRecord record : materializer.checkHistory(null)) {
                last.putIfAbsent(record.asset() + ":" + record.check(), record);
            }
        }
        TextTable table = new TextTable("asset", "check", "blocking", "description", "last", "result");
        for (AssetCheckDefinition check : context.graph().checks()) {
            CheckRecord record = last.get(check.asset() + ":" + check.name());
            table.row(check.asset(), check.name(), check.blocking() ? "yes" : "no", check.description(),
                    record == null ? "never run" : record.status(),
                    record == null ? "" : record.description() + (record.metadata() == null
                            || record.metadata().isEmpty() ? "" : " (" + record.metadata() + ")"));
        }
        out.print(table.isEmpty() ? "no asset checks\n" : table.render());
        out.flush();
        return PipelineCli.OK;
    }
}
