package dev.assetflow.snowflake;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.SqlTypes;
import java.util.Locale;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.SQLDataType;

/**
 * The Snowflake side of the type mapping (DESIGN section 5): the type each {@link ColumnType} is created
 * as, spelled as Snowflake spells it (jOOQ's DEFAULT dialect would write {@code blob} or
 * {@code timestamp}, which Snowflake rejects or maps by a session parameter), the name that type has in
 * {@code INFORMATION_SCHEMA.COLUMNS}, for schema diffs, and which stored types a reading component takes.
 */
final class SnowflakeTypes {

    /** Digits of the NUMBER(p, 0) each integer type is stored as: enough for its extremes. */
    static final int TINYINT_DIGITS = 3;
    static final int SMALLINT_DIGITS = 5;
    static final int INTEGER_DIGITS = 10;
    static final int BIGINT_DIGITS = 19;
    /** A UUID's text length. */
    static final int UUID_LENGTH = 36;
    /**
     * The fractional digits of the TIME, TIMESTAMP_NTZ and TIMESTAMP_TZ columns Assetflow creates: microseconds,
     * as on DuckDB and PostgreSQL (Snowflake's default, 9, would keep nanoseconds that no other backend and not
     * the emulator keep); {@link SnowflakeCsvRowSink#TEMPORAL_LIMITS} rejects more digits at write.
     */
    static final int FRACTIONAL_DIGITS = 6;

    private SnowflakeTypes() {
    }

    /** The type {@code column} is created with, with its nullability; jOOQ renders it in the DEFAULT dialect. */
    static DataType<?> dataType(Column column) {
        DataType<?> type = switch (column.type()) {
            case BOOLEAN -> named(SQLDataType.BOOLEAN, "BOOLEAN");
            case TINYINT -> number(TINYINT_DIGITS, 0);
            case SMALLINT -> number(SMALLINT_DIGITS, 0);
            case INTEGER -> number(INTEGER_DIGITS, 0);
            case BIGINT -> number(BIGINT_DIGITS, 0);
            case REAL, DOUBLE -> named(SQLDataType.DOUBLE, "FLOAT");
            case DECIMAL -> number(SqlTypes.precision(column), SqlTypes.scale(column));
            case VARCHAR -> named(SQLDataType.VARCHAR, "VARCHAR");
            case DATE -> named(SQLDataType.LOCALDATE, "DATE");
            case TIME -> named(SQLDataType.LOCALTIME, "TIME").precision(FRACTIONAL_DIGITS);
            case TIMESTAMP -> named(SQLDataType.LOCALDATETIME, "TIMESTAMP_NTZ").precision(FRACTIONAL_DIGITS);
            case TIMESTAMP_TZ -> named(SQLDataType.OFFSETDATETIME, "TIMESTAMP_TZ").precision(FRACTIONAL_DIGITS);
            case UUID -> named(SQLDataType.VARCHAR, "VARCHAR").length(UUID_LENGTH);
            case BLOB -> named(SQLDataType.VARBINARY, "BINARY");
        };
        return type.nullable(column.nullable());
    }

    /**
     * The type a run history column is created with: VARCHAR for jOOQ's CLOB (Snowflake has no CLOB),
     * TIMESTAMP_NTZ for a timestamp (whatever the account's TIMESTAMP_TYPE_MAPPING), else jOOQ's own.
     */
    static DataType<?> historyType(DataType<?> type) {
        if (type.isLob() && type.getType() == String.class) {
            return named(SQLDataType.VARCHAR, "VARCHAR");
        }
        if (type.getType() == java.time.LocalDateTime.class) {
            return named(SQLDataType.LOCALDATETIME, "TIMESTAMP_NTZ").asConvertedDataType(TEXT_TIMESTAMP);
        }
        return type;
    }

    /**
     * Binds a UTC wall-clock time as its ISO text and reads it back from the text the session's
     * {@code TIMESTAMP_NTZ_OUTPUT_FORMAT} gives ({@link SnowflakeConnections#SESSION_SETUP}). The driver's own
     * {@code setTimestamp} sends an instant computed in the JVM's zone, which a TIMESTAMP_NTZ column then holds
     * shifted by that zone's offset (five hours in New York).
     */
    private static final org.jooq.Binding<java.time.LocalDateTime, java.time.LocalDateTime> TEXT_TIMESTAMP =
            org.jooq.Binding.of(org.jooq.Converter.of(java.time.LocalDateTime.class,
                    java.time.LocalDateTime.class, value -> value, value -> value),
                    sql -> sql.render().sql(sql.variable()),
                    get -> {
                        try {
                            String text = get.resultSet().getString(get.index());
                            get.value(text == null ? null : java.time.LocalDateTime.parse(text));
                        } catch (java.sql.SQLException e) {
                            throw new org.jooq.exception.DataAccessException("reading a time: " + e.getMessage(), e);
                        }
                    },
                    set -> {
                        try {
                            if (set.value() == null) {
                                set.statement().setNull(set.index(), java.sql.Types.VARCHAR);
                            } else {
                                set.statement().setString(set.index(), set.value().toString());
                            }
                        } catch (java.sql.SQLException e) {
                            throw new org.jooq.exception.DataAccessException("binding a time: " + e.getMessage(), e);
                        }
                    });

    private static DataType<?> number(int precision, int scale) {
        return named(SQLDataType.DECIMAL, "NUMBER").precision(precision, scale);
    }

    private static <T> DataType<T> named(DataType<T> type, String name) {
        return new DefaultDataType<>(SQLDialect.DEFAULT, type, name);
    }

    /** The stored type a column of {@code column}'s type has, as {@link #storedName} spells it. */
    static String catalogName(Column column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case TINYINT -> "NUMBER(" + TINYINT_DIGITS + ",0)";
            case SMALLINT -> "NUMBER(" + SMALLINT_DIGITS + ",0)";
            case INTEGER -> "NUMBER(" + INTEGER_DIGITS + ",0)";
            case BIGINT -> "NUMBER(" + BIGINT_DIGITS + ",0)";
            case REAL, DOUBLE -> "FLOAT";
            case DECIMAL -> "NUMBER(" + SqlTypes.precision(column) + "," + SqlTypes.scale(column) + ")";
            case VARCHAR -> "VARCHAR";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP_NTZ";
            case TIMESTAMP_TZ -> "TIMESTAMP_TZ";
            case UUID -> "VARCHAR"; // created as VARCHAR(36); text lengths are not compared
            case BLOB -> "BINARY";
        };
    }

    /**
     * A stored column's type as DDL spells it, from {@code INFORMATION_SCHEMA.COLUMNS}: {@code NUMBER(p,s)},
     * {@code VARCHAR} for text of any length (a UUID's VARCHAR(36) and a string's VARCHAR are both text, and
     * the length is not compared), else the data type.
     */
    static String storedName(String dataType, Integer precision, Integer scale) {
        String type = dataType.strip().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "NUMBER", "DECIMAL", "NUMERIC" -> "NUMBER(" + (precision == null ? 38 : precision) + ","
                    + (scale == null ? 0 : scale) + ")";
            case "TEXT", "VARCHAR", "STRING" -> "VARCHAR";
            case "TIMESTAMP_LTZ" -> "TIMESTAMP_LTZ";
            default -> type;
        };
    }

    /**
     * Whether a column stored as {@code stored} (as {@link #storedName} spells it) can be read as
     * {@code reading}: the type it is written as, a NUMBER(p, 0) whose digits fit the integer type, any
     * NUMBER as a decimal, FLOAT as float or double, any text as a string, and TIMESTAMP_LTZ as an instant.
     */
    static boolean readableAs(String stored, ColumnType reading) {
        if (stored.startsWith("NUMBER(")) {
            int comma = stored.indexOf(',');
            int precision = Integer.parseInt(stored.substring("NUMBER(".length(), comma));
            int scale = Integer.parseInt(stored.substring(comma + 1, stored.length() - 1));
            return switch (reading) {
                case TINYINT -> scale == 0 && precision <= TINYINT_DIGITS;
                case SMALLINT -> scale == 0 && precision <= SMALLINT_DIGITS;
                case INTEGER -> scale == 0 && precision <= INTEGER_DIGITS;
                case BIGINT -> scale == 0 && precision <= BIGINT_DIGITS;
                case DECIMAL -> true;
                default -> false;
            };
        }
        return switch (stored) {
            case "FLOAT" -> reading == ColumnType.REAL || reading == ColumnType.DOUBLE;
            case "VARCHAR" -> reading == ColumnType.VARCHAR || reading == ColumnType.UUID;
            case "BOOLEAN" -> reading == ColumnType.BOOLEAN;
            case "DATE" -> reading == ColumnType.DATE;
            case "TIME" -> reading == ColumnType.TIME;
            case "TIMESTAMP_NTZ" -> reading == ColumnType.TIMESTAMP;
            case "TIMESTAMP_TZ", "TIMESTAMP_LTZ" -> reading == ColumnType.TIMESTAMP_TZ;
            case "BINARY" -> reading == ColumnType.BLOB;
            default -> true; // a type Assetflow does not write: let the driver try
        };
    }
}
