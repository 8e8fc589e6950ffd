package com.acme.h2;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.ReadableTypes;
import dev.assetflow.runtime.io.SqlTypes;
import java.util.Locale;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * H2's side of the type mapping: the jOOQ type each column is created with, the name H2's
 * {@code INFORMATION_SCHEMA.COLUMNS.DATA_TYPE} reports for it (what the schema diff compares), and back.
 */
final class H2Types {

    private H2Types() {
    }

    /**
     * The type for {@code CREATE TABLE}: Assetflow's default mapping, except {@code TIME}, whose default
     * precision in H2 is whole seconds; {@code TIME(6)} keeps microseconds as every other backend does.
     */
    static DataType<?> dataType(Column column) {
        if (column.type() == ColumnType.TIME) {
            return SQLDataType.LOCALTIME(6).nullable(column.nullable());
        }
        return SqlTypes.dataType(column);
    }

    /** The type as H2's catalog reports it once {@link #dataType} has created the column. */
    static String catalogName(Column column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case TINYINT -> "TINYINT";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "NUMERIC(" + SqlTypes.precision(column) + "," + SqlTypes.scale(column) + ")";
            case VARCHAR -> "CHARACTER VARYING";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case UUID -> "UUID";
            case BLOB -> "BINARY LARGE OBJECT";
        };
    }

    /**
     * Whether a column H2 reports as {@code catalogType} can be read into a component of type
     * {@code reading}; a type Assetflow never creates is left to the driver.
     */
    static boolean readable(String catalogType, ColumnType reading) {
        ColumnType stored = columnType(catalogType);
        return stored == null || ReadableTypes.readableAs(stored, reading);
    }

    private static ColumnType columnType(String catalogType) {
        String type = catalogType.toUpperCase(Locale.ROOT);
        if (type.startsWith("NUMERIC")) {
            return ColumnType.DECIMAL;
        }
        return switch (type) {
            case "BOOLEAN" -> ColumnType.BOOLEAN;
            case "TINYINT" -> ColumnType.TINYINT;
            case "SMALLINT" -> ColumnType.SMALLINT;
            case "INTEGER" -> ColumnType.INTEGER;
            case "BIGINT" -> ColumnType.BIGINT;
            case "REAL" -> ColumnType.REAL;
            case "DOUBLE PRECISION" -> ColumnType.DOUBLE;
            case "CHARACTER VARYING" -> ColumnType.VARCHAR;
            case "DATE" -> ColumnType.DATE;
            case "TIME" -> ColumnType.TIME;
            case "TIMESTAMP" -> ColumnType.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE" -> ColumnType.TIMESTAMP_TZ;
            case "UUID" -> ColumnType.UUID;
            case "BINARY LARGE OBJECT" -> ColumnType.BLOB;
            default -> null;
        };
    }
}
