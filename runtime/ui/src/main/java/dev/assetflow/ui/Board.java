package dev.assetflow.ui;

import dev.assetflow.runtime.AssetCheckDefinition;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.CheckRecord;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.RunHistory;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.Staleness;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the views from the graph and the storage, through the same {@link Materializer} calls the command line
 * makes (the run history, {@link Materializer#staleness()}, {@link Materializer#preview}), so both give the same
 * answers.
 */
final class Board {

    static final int HISTORY = 200;
    static final int PREVIEW_ROWS = 20;
    static final int PARTITION_CELLS = 2000;

    private final Warehouse warehouse;
    private final Launches launches;

    Board(Warehouse warehouse, Launches launches) {
        this.warehouse = warehouse;
        this.launches = launches;
    }

    AssetGraph graph() {
        return warehouse.graph();
    }

    /** The storage URL with its secrets masked. */
    String storage() {
        return warehouse.url() == null ? "from -Dassetflow.url, ASSETFLOW_URL or jdbc:duckdb:warehouse.duckdb"
                : Secrets.maskUrl(warehouse.url());
    }

    Views.GraphView graphView() {
        return warehouse.read(m -> {
            Map<String, MaterializationRecord> latest = latest(m.runHistory());
            Map<String, Staleness> staleness = staleness(m);
            List<Views.AssetSummary> assets = new ArrayList<>();
            LinkedHashSet<String> groups = new LinkedHashSet<>();
            for (AssetDefinition<?> asset : graph().assets()) {
                groups.add(asset.group());
                assets.add(summary(asset, latest.get(asset.key()), staleness.get(asset.key())));
            }
            return new Views.GraphView(storage(), notice(m), assets, List.copyOf(groups));
        });
    }

    /**
     * What the pages say while nothing has been materialized in the storage: where it will be created (a DuckDB
     * file not there yet) or where the first run will be recorded (a run history with no run); {@code null} once a
     * run was recorded.
     */
    String notice() {
        return warehouse.read(this::notice);
    }

    private String notice(Materializer m) {
        Optional<Path> file = warehouse.notCreated();
        if (file.isPresent()) {
            return "there is no DuckDB database at " + file.get() + ". The first launch (Launch, or the command"
                    + " line's materialize) creates it there; looking at these pages creates nothing.";
        }
        if (!m.runs(1).isEmpty()) {
            return null;
        }
        return "the run history of " + Secrets.maskUrl(StorageLocation.resolve(warehouse.url())) + " records no run"
                + " yet. The first launch (Launch, or the command line's materialize) records its runs there, creating"
                + " the schema and tables it needs; looking at these pages creates nothing.";
    }

    /**
     * Everything about one asset.
     *
     * @throws NotFound when there is no such asset, with a suggestion
     */
    Views.AssetDetail asset(String key) {
        AssetDefinition<?> asset = graph().asset(key).orElseThrow(() -> NotFound.asset(graph(), key));
        return warehouse.read(m -> {
            RunHistory history = m.runHistory();
            List<MaterializationRecord> records = history.materializations(key, HISTORY);
            Staleness staleness = staleness(m).get(key);
            Views.AssetSummary summary = summary(asset, records.isEmpty() ? null : records.get(0), staleness);
            List<Views.ColumnView> columns = asset.rowType().columns().stream()
                    .map(c -> new Views.ColumnView(c.name(), typeName(c), c.nullable())).toList();
            return new Views.AssetDetail(summary, asset.method(),
                    asset.schema().map(s -> s + ".").orElse("") + asset.key(), asset.io(), asset.rowType().javaType(),
                    asset.codeVersion(), columns, records.stream().map(Board::view).toList(), checks(asset, history),
                    partitions(asset, history, records), preview(m, asset));
        });
    }

    Views.PreviewView preview(String key, int limit) {
        AssetDefinition<?> asset = graph().asset(key).orElseThrow(() -> NotFound.asset(graph(), key));
        return warehouse.read(m -> preview(m, asset, limit));
    }

    List<Views.RunView> runs(int limit) {
        return warehouse.read(m -> m.runs(limit).stream().map(Board::view).toList());
    }

    /**
     * One run with its assets and checks.
     *
     * @throws NotFound when no run has that id
     */
    Views.RunDetail run(String runId) {
        return warehouse.read(m -> {
            RunHistory history = m.runHistory();
            RunRecord run = history.run(runId).orElseThrow(() -> new NotFound("no run with id '" + runId
                    + "' in the run history of this storage"));
            List<Views.MaterializationView> assets = history.materializationsOfRun(runId).stream().map(Board::view)
                    .toList();
            List<Views.CheckRecordView> checks = history.checksOfRun(runId).stream().map(Board::view).toList();
            return new Views.RunDetail(view(run), assets, checks, launches.ofRun(runId).map(Launch::id).orElse(null));
        });
    }

    private Views.AssetSummary summary(AssetDefinition<?> asset, MaterializationRecord last, Staleness staleness) {
        String status;
        String reason = "";
        if (asset.isSource()) {
            status = "source";
            reason = "produced elsewhere; read, never materialized by this pipeline";
        } else if (launches.isRunning(asset.key())) {
            status = "running";
            reason = "being materialized now";
        } else if (last == null) {
            status = "never";
            reason = "never materialized";
        } else if (last.status() == AssetStatus.FAILED) {
            status = "failed";
            reason = firstLine(last.error());
        } else if (staleness != null && staleness.stale()) {
            status = staleness.reason().equals("never materialized") ? "never" : "stale";
            reason = staleness.reason();
        } else {
            status = "materialized";
            reason = staleness == null ? "" : staleness.reason();
        }
        Optional<Partitions> partitions = asset.partitions();
        return new Views.AssetSummary(asset.key(), asset.group(), asset.description(), asset.isSource(),
                partitions.map(Partitions::describe).orElse(""), partitions.map(p -> p.keys().size()).orElse(0),
                status, reason, last == null ? null : view(last), List.copyOf(graph().upstream(asset.key())),
                List.copyOf(graph().downstream(asset.key())));
    }

    private List<Views.CheckView> checks(AssetDefinition<?> asset, RunHistory history) {
        List<AssetCheckDefinition> checks = graph().checks(asset.key());
        if (checks.isEmpty()) {
            return List.of();
        }
        Map<String, CheckRecord> last = new HashMap<>();
        for (CheckRecord record : history.checks(asset.key(), 1000)) {
            last.putIfAbsent(record.check(), record);
        }
        return checks.stream().map(c -> new Views.CheckView(c.name(), c.blocking(), c.description(), c.method(),
                last.containsKey(c.name()) ? view(last.get(c.name())) : null)).toList();
    }

    /**
     * The status of each partition: its latest successful materialization (with this code version or another),
     * or a failure newer than it among the asset's recent materializations.
     */
    private List<Views.PartitionView> partitions(AssetDefinition<?> asset, RunHistory history,
            List<MaterializationRecord> recent) {
        if (asset.partitions().isEmpty()) {
            return List.of();
        }
        Map<String, MaterializationRecord> success = new HashMap<>();
        for (MaterializationRecord record : history.latestSuccesses()) {
            if (record.asset().equals(asset.key()) && record.partition() != null) {
                success.put(record.partition(), record);
            }
        }
        Map<String, MaterializationRecord> newest = new HashMap<>();
        for (MaterializationRecord record : recent) {
            if (record.partition() != null) {
                newest.putIfAbsent(record.partition(), record);
            }
        }
        List<String> keys = asset.partitions().get().keys();
        if (keys.size() > PARTITION_CELLS) {
            keys = keys.subList(keys.size() - PARTITION_CELLS, keys.size());
        }
        List<Views.PartitionView> cells = new ArrayList<>();
        for (String key : keys) {
            MaterializationRecord ok = success.get(key);
            MaterializationRecord last = newest.get(key);
            if (last != null && last.status() == AssetStatus.FAILED
                    && (ok == null || last.finishedAt().isAfter(ok.finishedAt()))) {
                cells.add(new Views.PartitionView(key, "failed", firstLine(last.error())));
            } else if (ok == null) {
                cells.add(new Views.PartitionView(key, "never", "never materialized"));
            } else if (!Objects.toString(ok.codeVersion(), "").equals(asset.codeVersion())) {
                cells.add(new Views.PartitionView(key, "stale", "materialized with other code at " + ok.finishedAt()));
            } else {
                cells.add(new Views.PartitionView(key, "materialized", ok.rows() + " rows at " + ok.finishedAt()));
            }
        }
        return cells;
    }

    private Views.PreviewView preview(Materializer m, AssetDefinition<?> asset) {
        return preview(m, asset, PREVIEW_ROWS);
    }

    private Views.PreviewView preview(Materializer m, AssetDefinition<?> asset, int limit) {
        List<String> columns = asset.rowType().columns().stream().map(Column::name).toList();
        Optional<Path> file = warehouse.notCreated();
        if (file.isPresent()) {
            return new Views.PreviewView(columns, List.of(), "never materialized: there is no DuckDB database at "
                    + file.get() + " yet");
        }
        try {
            List<List<String>> rows = m.preview(asset.key(), limit).stream()
                    .map(row -> row.stream().map(Board::format).toList()).toList();
            return new Views.PreviewView(columns, rows, null);
        } catch (AssetflowException e) {
            return new Views.PreviewView(columns, List.of(), e.getMessage());
        }
    }

    private static Map<String, MaterializationRecord> latest(RunHistory history) {
        Map<String, MaterializationRecord> latest = new HashMap<>();
        for (MaterializationRecord record : history.latestMaterializations()) {
            latest.put(record.asset(), record);
        }
        return latest;
    }

    private static Map<String, Staleness> staleness(Materializer m) {
        Map<String, Staleness> byKey = new HashMap<>();
        for (Staleness staleness : m.staleness()) {
            byKey.put(staleness.asset(), staleness);
        }
        return byKey;
    }

    static String typeName(Column column) {
        return column.type() == ColumnType.DECIMAL ? "DECIMAL(" + column.precision() + "," + column.scale() + ")"
                : column.type().name();
    }

    static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 16)) + (bytes.length > 16 ? "..." : "");
        }
        return value.toString();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static Views.MaterializationView view(MaterializationRecord r) {
        return new Views.MaterializationView(r.runId(), r.asset(), r.partition(), r.status().name(), r.rows(),
                r.durationMillis(), r.codeVersion(), r.attempts(), r.error(), r.finishedAt().toString());
    }

    static Views.RunView view(RunRecord r) {
        return new Views.RunView(r.runId(), r.startedAt().toString(),
                r.finishedAt() == null ? null : r.finishedAt().toString(), r.status().name(), r.selection(),
                r.partition(), r.materialized(), r.failed(), r.skipped(), r.rows(),
                r.aliveUntil() == null ? null : r.aliveUntil().toString());
    }

    static Views.CheckRecordView view(CheckRecord r) {
        return new Views.CheckRecordView(r.runId(), r.asset(), r.check(), r.partition(), r.status().name(),
                r.blocking(), r.description(), r.metadata(), r.finishedAt().toString());
    }
}
