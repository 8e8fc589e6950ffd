package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one asset: what it is, its columns (from its record), whether it is stale and why, its"
                + " last materialization, and its first rows as stored."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:usage error: unknown asset",
            "3:the storage cannot be opened"})
final class ShowCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(paramLabel = "ASSET", description = "The asset key.")
    String key;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "10",
            description = "How many rows to show (default: ${DEFAULT-VALUE}; 0 for none).")
    int rows;

    ShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rows < 0) {
            err.println("error: --rows must not be negative");
            err.flush();
            return PipelineCli.USAGE;
        }
        AssetDefinition<?> asset = context.asset(key, err).orElse(null);
        if (asset == null) {
            return PipelineCli.USAGE;
        }
        try (Materializer materializer = context.inspector(storage.url)) {
            describe(asset, out);
            out.println("status:      " + status(asset, materializer));
            out.println();
            out.println("columns:");
            TextTable columns = new TextTable("column", "type", "nullable");
            for (Column column : asset.rowType().columns()) {
                columns.row(column.name(), typeName(column), column.nullable() ? "yes" : "no");
            }
            out.print(columns.render());
            out.println();
            printLast(materializer, out);
            if (rows > 0) {
                out.println();
                printRows(asset, materializer, out);
            }
            out.flush();
            return PipelineCli.OK;
        } catch (AssetflowException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PipelineCli.CONFIGURATION;
        }
    }

    private void describe(AssetDefinition<?> asset, PrintWriter out) {
        out.println("asset:       " + asset.key() + (asset.isSource() ? " (source asset)" : ""));
        if (!asset.description().isEmpty()) {
            out.println("description: " + asset.description());
        }
        if (!asset.method().isEmpty()) {
            out.println("method:      " + asset.method());
        }
        out.println("group:       " + asset.group());
        out.println("table:       " + asset.schema().map(s -> s + ".").orElse("") + asset.key() + " (IO manager '"
                + asset.io() + "', rows of " + asset.rowType().javaType() + ")");
        asset.partitions().map(Partitions::describe).ifPresent(p -> out.println("partitions:  " + p));
        List<String> upstream = List.copyOf(context.graph().upstream(asset.key()));
        List<String> downstream = List.copyOf(context.graph().downstream(asset.key()));
        out.println("upstream:    " + (upstream.isEmpty() ? "-" : String.join(", ", upstream)));
        out.println("downstream:  " + (downstream.isEmpty() ? "-" : String.join(", ", downstream)));
        if (!asset.codeVersion().isEmpty()) {
            out.println("code:        " + asset.codeVersion());
        }
    }

    private String status(AssetDefinition<?> asset, Materializer materializer) {
        if (asset.isSource()) {
            return "source asset: produced elsewhere, never materialized by this pipeline";
        }
        return materializer.staleness().stream().filter(s -> s.asset().equals(asset.key())).findFirst()
                .map(s -> s.stale() ? "STALE: " + s.reason() : s.reason()).orElse("unknown");
    }

    private void printLast(Materializer materializer, PrintWriter out) {
        List<MaterializationRecord> last = materializer.runHistory().materializations(key, 1);
        out.println("last materialization:");
        if (last.isEmpty()) {
            out.println("(never materialized)");
            return;
        }
        MaterializationRecord r = last.get(0);
        TextTable table = new TextTable("finished", "run", "partition", "status", "rows", "ms", "attempts", "code",
                "error");
        table.row(r.finishedAt(), r.runId(), r.partition(), r.status(), String.format("%,d", r.rows()),
                r.durationMillis(), r.attempts(), r.codeVersion(), r.error());
        out.print(table.render());
    }

    private void printRows(AssetDefinition<?> asset, Materializer materializer, PrintWriter out) {
        List<List<Object>> values;
        try {
            values = materializer.preview(asset.key(), rows);
        } catch (AssetflowException e) {
            out.println("rows: none readable (" + e.getMessage() + ")");
            return;
        }
        out.println("first " + rows + (rows == 1 ? " row:" : " rows:"));
        TextTable table = new TextTable(asset.rowType().columns().stream().map(Column::name).toArray(String[]::new));
        for (List<Object> row : values) {
            table.row(row.stream().map(ShowCommand::format).toArray());
        }
        out.print(table.isEmpty() ? "(the table is empty)\n" : table.render());
    }

    /** The column type as the README's mapping names it, e.g. {@code DECIMAL(12,2)}. */
    static String typeName(Column column) {
        return column.type() == ColumnType.DECIMAL ? "DECIMAL(" + column.precision() + "," + column.scale() + ")"
                : column.type().name();
    }

    /** A value as text: {@code NULL}, hexadecimal bytes, else its {@code toString()}. */
    static String format(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 16)) + (bytes.length > 16 ? "..." : "");
        }
        return value.toString();
    }
}
