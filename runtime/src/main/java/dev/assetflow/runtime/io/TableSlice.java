package dev.assetflow.runtime.io;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of storage an IO manager reads or writes for one asset: a table, in a schema, and optionally
 * one partition of it.
 *
 * @param asset the asset key, for messages
 * @param schema the schema, or {@code null} for the IO manager's default
 * @param table the table name
 * @param partition the partition whose rows are read or replaced, or {@code null} for the whole table
 */
public record TableSlice(String asset, String schema, String table, TablePartition partition) {

    public TableSlice {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(table, "table");
    }

    /** The whole table. */
    public TableSlice(String asset, String schema, String table) {
        this(asset, schema, table, null);
    }

    /** The schema, or empty for the IO manager's default. */
    public Optional<String> schemaName() {
        return Optional.ofNullable(schema);
    }

    /** The partition, or empty for the whole table. */
    public Optional<TablePartition> partitionFilter() {
        return Optional.ofNullable(partition);
    }

    /** This slice restricted to {@code partition}. */
    public TableSlice withPartition(TablePartition partition) {
        return new TableSlice(asset, schema, table, partition);
    }
}
