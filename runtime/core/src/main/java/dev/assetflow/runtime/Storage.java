package dev.assetflow.runtime;

import dev.assetflow.runtime.io.BeforeCommit;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.SqlIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The IO managers of a run by name, and where each asset's rows live and with which schema policy they are
 * written.
 */
final class Storage {

    private final Map<String, IOManager> managers;
    private final Map<String, SchemaPolicy> schemaPolicies;

    Storage(Map<String, IOManager> managers) {
        this(managers, Map.of());
    }

    /** @param schemaPolicies per asset key, policies that win over the assets' own */
    Storage(Map<String, IOManager> managers, Map<String, SchemaPolicy> schemaPolicies) {
        this.managers = Map.copyOf(managers);
        this.schemaPolicies = Map.copyOf(schemaPolicies);
    }

    /**
     * The whole table of {@code asset}, with the materializer's schema policy for it, else the asset's,
     * else none (the IO manager's own).
     */
    TableSlice sliceOf(AssetDefinition<?> asset) {
        SchemaPolicy policy = schemaPolicies.getOrDefault(asset.key(), asset.schemaPolicy().orElse(null));
        return new TableSlice(asset.key(), asset.schema().orElse(null), asset.key(), null, policy);
    }

    /** The whole table of {@code asset}, or only partition {@code partitionKey} of it when not null. */
    TableSlice sliceOf(AssetDefinition<?> asset, String partitionKey) {
        TableSlice slice = sliceOf(asset);
        if (partitionKey == null) {
            return slice;
        }
        Partitions partitions = asset.partitions().orElseThrow(() -> new AssetflowException("asset '" + asset.key()
                + "' is not partitioned, so it has no partition '" + partitionKey + "'"));
        Column column = asset.rowType().column(partitions.column()).orElse(null);
        return slice.withPartition(partitions.partition(partitionKey, column));
    }

    IOManager managerOf(AssetDefinition<?> asset) {
        IOManager manager = managers.get(asset.io());
        if (manager == null) {
            throw new AssetflowException(missingManagerMessage(asset));
        }
        return manager;
    }

    /** The IO manager of a SQL asset, which runs its query. */
    SqlIOManager sqlManagerOf(AssetDefinition<?> asset) {
        IOManager manager = managerOf(asset);
        if (!(manager instanceof SqlIOManager sql)) {
            throw new AssetflowException("asset '" + asset.key() + "' is a SQL asset, but its IO manager '" + asset.io()
                    + "' (" + manager + ") cannot run queries; store it with DuckDB or PostgreSQL");
        }
        return sql;
    }

    /** The qualified name of {@code asset}'s table, as the database of its (SQL) IO manager names it. */
    org.jooq.Name tableName(AssetDefinition<?> asset) {
        return sqlManagerOf(asset).tableName(sliceOf(asset));
    }

    IOManager manager(String name) {
        return managers.get(name);
    }

    boolean hasManagerFor(AssetDefinition<?> asset) {
        return managers.containsKey(asset.io());
    }

    String missingManagerMessage(AssetDefinition<?> asset) {
        return "asset '" + asset.key() + "'" + (asset.method().isEmpty() ? "" : " (" + asset.method() + ")")
                + " is stored by IO manager '" + asset.io() + "', but none was configured under that name"
                + " (configured: " + String.join(", ", new java.util.TreeSet<>(managers.keySet()))
                + "); add it with Materializer.builder(graph).ioManager(\"" + asset.io() + "\", ...)";
    }

    <T> Stream<T> read(AssetDefinition<?> asset, RowType<T> rowType) {
        return managerOf(asset).read(sliceOf(asset), rowType);
    }

    <T> Stream<T> read(AssetDefinition<?> asset, RowType<T> rowType, String partitionKey) {
        return partitionCapable(asset, partitionKey).read(sliceOf(asset, partitionKey), rowType);
    }

    <R> long write(AssetDefinition<R> asset, Stream<? extends R> rows) {
        return managerOf(asset).write(sliceOf(asset), asset.rowType(), rows);
    }

    <R> long write(AssetDefinition<R> asset, Stream<? extends R> rows, String partitionKey) {
        return write(asset, rows, partitionKey, BeforeCommit.NONE);
    }

    /** Writes the rows, running {@code beforeCommit} in the write's transaction where the IO manager can. */
    <R> long write(AssetDefinition<R> asset, Stream<? extends R> rows, String partitionKey, BeforeCommit beforeCommit) {
        return partitionCapable(asset, partitionKey).write(sliceOf(asset, partitionKey).withBeforeCommit(beforeCommit),
                asset.rowType(), rows);
    }

    /** Whether {@code history} is the one kept in the database of {@code asset}'s IO manager. */
    boolean providesHistory(AssetDefinition<?> asset, RunHistory history) {
        return managers.get(asset.io()) instanceof RunHistoryProvider provider && provider.runHistory() == history;
    }

    /** The asset's IO manager, checked to store partitions when a partition is asked for. */
    private IOManager partitionCapable(AssetDefinition<?> asset, String partitionKey) {
        IOManager manager = managerOf(asset);
        if (partitionKey != null && !manager.supportsPartitions()) {
            throw new AssetflowException("asset '" + asset.key() + "' is partitioned, but its IO manager '" + asset.io()
                    + "' (" + manager + ") cannot replace or read a single partition; partition " + partitionKey
                    + " was not touched. Store partitioned assets with DuckDB, PostgreSQL or the in-memory IO"
                    + " manager, or materialize the asset without a partition.");
        }
        return manager;
    }
}
