package dev.assetflow.runtime.io;

import java.util.List;

/**
 * An asset's table exists with other columns than its row type, and the {@link SchemaPolicy} does not
 * allow the change. The table was not changed. The message is a per-column diff of what the row type
 * expects and what the table has.
 */
public class SchemaMismatchException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String asset;
    private final String table;
    private final List<String> columns;

    public SchemaMismatchException(String asset, String table, SchemaDiff diff, String advice) {
        super("asset '" + asset + "': table " + table + " does not match the asset's row type; nothing was"
                + " changed.\n" + diff.render() + "\n" + advice);
        this.asset = asset;
        this.table = table;
        this.columns = diff.columnNames();
    }

    /** The asset whose table does not match. */
    public String asset() {
        return asset;
    }

    /** The table, qualified with its schema. */
    public String table() {
        return table;
    }

    /** The names of the columns that differ. */
    public List<String> columns() {
        return columns;
    }
}
