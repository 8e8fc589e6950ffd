package dev.assetflow.runtime.io;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of storage an IO manager reads or writes for one asset: a table, in a schema, and optionally
 * one partition of it; for writes, optionally the {@link SchemaPolicy} the asset asks for.
 *
 * @param asset the asset key, for messages
 * @param schema the schema, or {@code null} for the IO manager's default
 * @param table the table name
 * @param partition the partition whose rows are read or replaced, or {@code null} for the whole table
 * @param schemaPolicy what a write does when the table has other columns, or {@code null} for the IO
 *     manager's own policy
 * @param beforeCommit for writes, what to run in the write's transaction just before it commits (see
 *     {@link BeforeCommit}); {@link BeforeCommit#NONE} when nothing
 */
public record TableSlice(String asset, String schema, String table, TablePartition partition,
        SchemaPolicy schemaPolicy, BeforeCommit beforeCommit) {

    public TableSlice {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(beforeCommit, "beforeCommit");
    }

    /** The slice, with nothing to commit with a write. */
    public TableSlice(String asset, String schema, String table, TablePartition partition,
            SchemaPolicy schemaPolicy) {
        this(asset, schema, table, partition, schemaPolicy, BeforeCommit.NONE);
    }

    /** The slice, with the IO manager's own schema policy. */
    public TableSlice(String asset, String schema, String table, TablePartition partition) {
        this(asset, schema, table, partition, null);
    }

    /** The whole table, with the IO manager's own schema policy. */
    public TableSlice(String asset, String schema, String table) {
        this(asset, schema, table, null, null);
    }

    /** The schema, or empty for the IO manager's default. */
    public Optional<String> schemaName() {
        return Optional.ofNullable(schema);
    }

    /** The partition, or empty for the whole table. */
    public Optional<TablePartition> partitionFilter() {
        return Optional.ofNullable(partition);
    }

    /** The asset's schema policy, or empty when the IO manager's own applies. */
    public Optional<SchemaPolicy> schemaPolicyOverride() {
        return Optional.ofNullable(schemaPolicy);
    }

    /** The asset's schema policy when it has one, else {@code ioManagerDefault}. */
    public SchemaPolicy schemaPolicyOr(SchemaPolicy ioManagerDefault) {
        return schemaPolicy != null ? schemaPolicy : ioManagerDefault;
    }

    /** This slice restricted to {@code partition}. */
    public TableSlice withPartition(TablePartition partition) {
        return new TableSlice(asset, schema, table, partition, schemaPolicy, beforeCommit);
    }

    /** This slice, running {@code beforeCommit} in a write's transaction just before it commits. */
    public TableSlice withBeforeCommit(BeforeCommit beforeCommit) {
        return new TableSlice(asset, schema, table, partition, schemaPolicy, beforeCommit);
    }

    /** This slice with {@code schemaPolicy} ({@code null}: the IO manager's own). */
    public TableSlice withSchemaPolicy(SchemaPolicy schemaPolicy) {
        return new TableSlice(asset, schema, table, partition, schemaPolicy, beforeCommit);
    }
}
