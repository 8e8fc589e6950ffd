package dev.assetflow.postgres;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.SqlTypes;
import dev.assetflow.runtime.io.StoredColumn;
import java.util.Set;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * The PostgreSQL side of the type mapping: the jOOQ data type each {@link ColumnType} is created as, and
 * the {@code pg_type} names ({@code information_schema.columns.udt_name}) a stored column may have to be
 * read as that type.
 */
final class PostgresTypes {

    private PostgresTypes() {
    }

    /** The type a column is created with; jOOQ renders it for {@code SQLDialect.POSTGRES}. */
    static DataType<?> dataType(Column column) {
        DataType<?> type = switch (column.type()) {
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case TINYINT, SMALLINT -> SQLDataType.SMALLINT;
            case INTEGER -> SQLDataType.INTEGER;
            case BIGINT -> SQLDataType.BIGINT;
            case REAL -> SQLDataType.REAL;
            case DOUBLE -> SQLDataType.DOUBLE;
            case DECIMAL -> SQLDataType.NUMERIC(SqlTypes.precision(column), SqlTypes.scale(column));
            case VARCHAR -> SQLDataType.CLOB; // text
            case DATE -> SQLDataType.DATE;
            case TIME -> SQLDataType.TIME;
            case TIMESTAMP -> SQLDataType.TIMESTAMP;
            case TIMESTAMP_TZ -> SQLDataType.TIMESTAMPWITHTIMEZONE;
            case UUID -> SQLDataType.UUID;
            case BLOB -> SQLDataType.BLOB; // bytea
        };
        return type.nullable(column.nullable());
    }

    /** The name {@code information_schema.columns.data_type} reports (with a numeric's precision and scale). */
    static String catalogName(Column column) {
        return switch (column.type()) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case DECIMAL -> "numeric(" + SqlTypes.precision(column) + "," + SqlTypes.scale(column) + ")";
            case VARCHAR -> "text";
            case DATE -> "date";
            case TIME -> "time without time zone";
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMP_TZ -> "timestamp with time zone";
            case UUID -> "uuid";
            case BLOB -> "bytea";
        };
    }

    /** The {@code udt_name} a column of this type is created with. */
    static String udtName(ColumnType type) {
        return switch (type) {
            case BOOLEAN -> "bool";
            case TINYINT, SMALLINT -> "int2";
            case INTEGER -> "int4";
            case BIGINT -> "int8";
            case REAL -> "float4";
            case DOUBLE -> "float8";
            case DECIMAL -> "numeric";
            case VARCHAR -> "text";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_TZ -> "timestamptz";
            case UUID -> "uuid";
            case BLOB -> "bytea";
        };
    }

    /** Whether a stored column of type {@code udtName} holds exactly what a {@code type} column writes. */
    static boolean sameType(String udtName, ColumnType type) {
        return udtName(type).equals(udtName) || type == ColumnType.VARCHAR && udtName.equals("varchar");
    }

    /**
     * Whether a stored column of type {@code udtName} can be read as {@code type} without loss, either as
     * it is or widened by a cast (int2 to int4 or int8, int4 to int8, float4 to float8).
     */
    static boolean readableAs(String udtName, ColumnType type) {
        return sameType(udtName, type) || switch (type) {
            case INTEGER -> udtName.equals("int2");
            case BIGINT -> Set.of("int2", "int4").contains(udtName);
            case DOUBLE -> udtName.equals("float4");
            default -> false;
        };
    }

    /** A readable SQL spelling of a stored column's type, for messages. */
    static String describe(PostgresCatalog.StoredColumn column) {
        String type = describe(column.udtName());
        return column.precision() > 0 ? type + "(" + column.precision() + ", " + column.scale() + ")" : type;
    }

    private static String describe(String udtName) {
        return switch (udtName) {
            case "bool" -> "boolean";
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "timestamptz" -> "timestamp with time zone";
            default -> udtName;
        };
    }
}
