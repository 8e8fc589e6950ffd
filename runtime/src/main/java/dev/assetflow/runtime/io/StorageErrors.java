package dev.assetflow.runtime.io;

import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.Column;
import java.util.Collection;

/** The texts of the errors every IO manager reports, so all backends speak with one voice. */
final class StorageErrors {

    private StorageErrors() {
    }

    static AssetflowException nullInNotNullColumn(String asset, String table, Column column, long row) {
        return new AssetflowException("asset '" + asset + "': row " + row + " has null in column '"
                + column.name() + "' of table " + table + ", which is NOT NULL; annotate the record component"
                + " @Nullable or filter out such rows. Nothing was written; the table keeps its previous rows.");
    }

    static AssetflowException nullRead(String asset, String table, Column column) {
        return new AssetflowException("reading asset '" + asset + "': column '" + column.name() + "' of table "
                + table + " holds NULL, but the reading record component is not nullable; declare it"
                + " @Nullable with a reference type (e.g. Long instead of long)");
    }

    static AssetflowException missingTable(String asset, String table) {
        return new AssetflowException("reading asset '" + asset + "': table " + table
                + " does not exist; has asset '" + asset + "' been materialized?");
    }

    static AssetflowException missingColumn(String asset, String table, String column,
            Collection<String> existing) {
        return new AssetflowException("reading asset '" + asset + "': table " + table + " has no column '"
                + column + "' (it has " + String.join(", ", existing) + "); has asset '" + asset
                + "' been materialized with its current row type?");
    }

    static AssetflowException wrongValueCount(String asset, String table, long row, int written, int columns) {
        return new AssetflowException("asset '" + asset + "': the row writer put " + written
                + " values into row " + row + " of table " + table + ", which has " + columns
                + " columns; the generated writer does not match the row type (recompile the pipeline)");
    }

    static AssetflowException decimalDoesNotFit(String asset, String table, Column column, long row,
            java.math.BigDecimal value) {
        return new AssetflowException("asset '" + asset + "': row " + row + " has " + value.toPlainString()
                + " in column '" + column.name() + "' of table " + table + ", which does not fit DECIMAL("
                + column.precision() + ", " + column.scale() + ") without rounding; round the value or declare"
                + " a larger @Decimal precision/scale. Nothing was written.");
    }

    static AssetflowException outsidePartition(String asset, String table, long row, TablePartition partition,
            Object value) {
        return new AssetflowException("asset '" + asset + "': row " + row + " has " + partition.column() + " = "
                + value + ", outside partition " + partition.key() + " (" + partition.describe() + ") of table "
                + table + "; materializing a partition may only write that partition's rows (filter the rows by"
                + " the context's partition key). Nothing was written; the table keeps its previous rows.");
    }
}
