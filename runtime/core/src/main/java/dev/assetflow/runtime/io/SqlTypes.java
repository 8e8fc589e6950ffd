package dev.assetflow.runtime.io;

import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * The SQL type of each {@link dev.assetflow.runtime.io.ColumnType}, as a jOOQ {@link DataType} for DDL and as
 * the name the database's catalog reports, for schema diffs. See the type mapping in DESIGN section 5.
 */
public final class SqlTypes {

    private SqlTypes() {
    }

    /** The jOOQ data type of {@code column}, with its nullability, for {@code CREATE TABLE}. */
    public static DataType<?> dataType(Column column) {
        DataType<?> type = switch (column.type()) {
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case TINYINT -> SQLDataType.TINYINT;
            case SMALLINT -> SQLDataType.SMALLINT;
            case INTEGER -> SQLDataType.INTEGER;
            case BIGINT -> SQLDataType.BIGINT;
            case REAL -> SQLDataType.REAL;
            case DOUBLE -> SQLDataType.DOUBLE;
            case DECIMAL -> SQLDataType.DECIMAL(precision(column), scale(column));
            case VARCHAR -> SQLDataType.VARCHAR;
            case DATE -> SQLDataType.LOCALDATE;
            case TIME -> SQLDataType.LOCALTIME;
            case TIMESTAMP -> SQLDataType.LOCALDATETIME;
            case TIMESTAMP_TZ -> SQLDataType.TIMESTAMPWITHTIMEZONE;
            case UUID -> SQLDataType.UUID;
            case BLOB -> SQLDataType.BLOB;
        };
        return type.nullable(column.nullable());
    }

    /** The type name DuckDB's {@code information_schema.columns.data_type} reports for {@code column}. */
    public static String duckDbName(Column column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case TINYINT -> "TINYINT";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + precision(column) + "," + scale(column) + ")";
            case VARCHAR -> "VARCHAR";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case UUID -> "UUID";
            case BLOB -> "BLOB";
        };
    }

    /** The dialect's catalog name of {@code column}'s type. */
    public static String catalogName(Column column, SQLDialect dialect) {
        if (dialect.family() == SQLDialect.DUCKDB) {
            return duckDbName(column);
        }
        return dataType(column).getCastTypeName();
    }

    /** A decimal's precision; {@code @Decimal} absent means DECIMAL(38, 10). */
    public static int precision(Column column) {
        return column.precision() == 0 ? 38 : column.precision();
    }

    public static int scale(Column column) {
        return column.precision() == 0 ? 10 : column.scale();
    }
}
