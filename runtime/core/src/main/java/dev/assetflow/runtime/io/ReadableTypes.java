package dev.assetflow.runtime.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Which stored column types a reading component accepts: the same type, or a widening the processor allows
 * for inputs (a narrower integer into a wider one, {@code float} into {@code double}). Anything else is a
 * clear error before the first row, not a parse or cast failure half-way through the read.
 */
public final class ReadableTypes {

    private ReadableTypes() {
    }

    /**
     * Fails before the first row unless the stored table has every reading column with a readable type:
     * a missing table, a missing column or an unreadable type is an error naming the asset, the table and
     * the column.
     *
     * @param stored the table's columns as the catalog reports them; empty when the table does not exist
     * @param readable whether a catalog type name can be read as a column type, in the backend's terms
     */
    public static void require(String asset, String table, List<StoredColumn> stored, List<Column> reading,
            String javaType, BiPredicate<String, ColumnType> readable) {
        if (stored.isEmpty()) {
            throw StorageErrors.missingTable(asset, table);
        }
        List<String> names = stored.stream().map(StoredColumn::name).toList();
        for (Column column : reading) {
            int position = names.indexOf(column.name());
            if (position < 0) {
                throw StorageErrors.missingColumn(asset, table, column.name(), names);
            }
            StoredColumn found = stored.get(position);
            if (!readable.test(found.type(), column.type())) {
                throw notReadable(asset, table, column.name(), found.type(), column.type(), javaType);
            }
        }
    }

    /** Whether a column stored as {@code stored} can be read as {@code reading}. */
    public static boolean readableAs(ColumnType stored, ColumnType reading) {
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
    public static Optional<ColumnType> ofDuckDb(String catalogType) {
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
    public static StorageException notReadable(String asset, String table, String column, String storedType,
            ColumnType reading, String javaType) {
        return new StorageException("reading asset '" + asset + "': column '" + column + "' of table " + table
                + " is " + storedType + ", which cannot be read as " + reading + " (" + javaType + "); change"
                + " the reading record component's type or rematerialize the asset");
    }
}
