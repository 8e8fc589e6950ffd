package dev.assetflow.runtime.io;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of storage an IO manager reads or writes for one asset: a table, in a schema.
 *
 * @param asset the asset key, for messages
 * @param schema the schema, or {@code null} for the IO manager's default
 * @param table the table name
 */
public record TableSlice(String asset, String schema, String table) {

    public TableSlice {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(table, "table");
    }

    /** The schema, or empty for the IO manager's default. */
    public Optional<String> schemaName() {
        return Optional.ofNullable(schema);
    }
}
