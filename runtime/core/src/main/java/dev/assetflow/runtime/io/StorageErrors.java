package dev.assetflow.runtime.io;

import java.util.Collection;

/** The texts of the errors every IO manager reports, so all backends speak with one voice. */
public final class StorageErrors {

    private StorageErrors() {
    }

    public static StorageException nullInNotNullColumn(String asset, String table, Column column, long row) {
        return new StorageException("asset '" + asset + "': row " + row + " has null in column '"
                + column.name() + "' of table " + table + ", which is NOT NULL; annotate the record component"
                + " @Nullable or filter out such rows. Nothing was written; the table keeps its previous rows.");
    }

    public static StorageException nullRead(String asset, String table, Column column) {
        return new StorageException("reading asset '" + asset + "': column '" + column.name() + "' of table "
                + table + " holds NULL, but the reading record component is not nullable; declare it"
                + " @Nullable with a reference type (e.g. Long instead of long)");
    }

    public static StorageException missingTable(String asset, String table) {
        return new StorageException("reading asset '" + asset + "': table " + table
                + " does not exist; has asset '" + asset + "' been materialized?");
    }

    public static StorageException missingColumn(String asset, String table, String column,
            Collection<String> existing) {
        return new StorageException("reading asset '" + asset + "': table " + table + " has no column '"
                + column + "' (it has " + String.join(", ", existing) + "); has asset '" + asset
                + "' been materialized with its current row type?");
    }

    public static StorageException wrongValueCount(String asset, String table, long row, int written, int columns) {
        return new StorageException("asset '" + asset + "': the row writer put " + written
                + " values into row " + row + " of table " + table + ", which has " + columns
                + " columns; the generated writer does not match the row type (recompile the pipeline)");
    }

    public static StorageException decimalDoesNotFit(String asset, String table, Column column, long row,
            java.math.BigDecimal value) {
        return new StorageException("asset '" + asset + "': row " + row + " has " + value.toPlainString()
                + " in column '" + column.name() + "' of table " + table + ", which does not fit DECIMAL("
                + column.precision() + ", " + column.scale() + ") without rounding; round the value or declare"
                + " a larger @Decimal precision/scale. Nothing was written.");
    }

    public static StorageException outsidePartition(String asset, String table, long row, TablePartition partition,
            Object value) {
        return new StorageException("asset '" + asset + "': row " + row + " has " + partition.column() + " = "
                + value + ", outside partition " + partition.key() + " (" + partition.describe() + ") of table "
                + table + "; materializing a partition may only write that partition's rows (filter the rows by"
                + " the context's partition key). Nothing was written; the table keeps its previous rows.");
    }

    public static StorageException temporalNotStorable(String asset, String table, Column column, long row,
            Object value, String problem) {
        return new StorageException("asset '" + asset + "': row " + row + " has " + value + " in column '"
                + column.name() + "' of table " + table + ", which " + problem + "; the value would not read"
                + " back as written. Nothing was written; the table keeps its previous rows.");
    }
}
