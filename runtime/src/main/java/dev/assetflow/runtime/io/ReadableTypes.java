package dev.assetflow.runtime.io;

import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.ColumnType;
import java.util.Locale;
import java.util.Optional;

/**
 * Which stored column types a reading component accepts: the same type, or a widening the processor allows
 * for inputs (a narrower integer into a wider one, {@code float} into {@code double}). Anything else is a
 * clear error before the first row, not a parse or cast failure half-way through the read.
 */
final class ReadableTypes {

    private ReadableTypes() {
    }

    /** Whether a column stored as {@code stored} can be read as {@code reading}. */
    static boolean readableAs(ColumnType stored, ColumnType reading) {
        if (stored == reading) {
            return true;
        }
        return switch (reading) {
            case SMALLINT -> stored == ColumnType.TINYINT;
            case INTEGER -> stored == ColumnType.TINYINT || stored == ColumnType.SMALLINT;
            case BIGINT -> stored == ColumnType.TINYINT || stored == ColumnType.SMALLINT
                    || stored == ColumnType.INTEGER;
            case DOUBLE -> stored == ColumnType.REAL;
            default -> false;
        };
    }

    /**
     * The column type of a type name in DuckDB's {@code information_schema.columns.data_type}, or empty for
     * a type Assetflow does not write (such a column is read as the driver can).
     */
    static Optional<ColumnType> ofDuckDb(String catalogType) {
        String type = catalogType.strip().toUpperCase(Locale.ROOT);
        if (type.startsWith("DECIMAL")) {
            return Optional.of(ColumnType.DECIMAL);
        }
        return Optional.ofNullable(switch (type) {
            case "BOOLEAN" -> ColumnType.BOOLEAN;
            case "TINYINT" -> ColumnType.TINYINT;
            case "SMALLINT" -> ColumnType.SMALLINT;
            case "INTEGER" -> ColumnType.INTEGER;
            case "BIGINT" -> ColumnType.BIGINT;
            case "FLOAT", "REAL" -> ColumnType.REAL;
            case "DOUBLE" -> ColumnType.DOUBLE;
            case "VARCHAR" -> ColumnType.VARCHAR;
            case "DATE" -> ColumnType.DATE;
            case "TIME" -> ColumnType.TIME;
            case "TIMESTAMP" -> ColumnType.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE" -> ColumnType.TIMESTAMP_TZ;
            case "UUID" -> ColumnType.UUID;
            case "BLOB" -> ColumnType.BLOB;
            default -> null;
        });
    }

    /** The error for a column whose stored type the reading component cannot take. */
    static AssetflowException notReadable(String asset, String table, String column, String storedType,
            ColumnType reading, String javaType) {
        return new AssetflowException("reading asset '" + asset + "': column '" + column + "' of table " + table
                + " is " + storedType + ", which cannot be read as " + reading + " (" + javaType + "); change"
                + " the reading record component's type or rematerialize the asset");
    }
}
