package dev.assetflow.testing.snowflake;

import dev.assetflow.testing.snowflake.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Snowflake data types and their DuckDB storage. NUMBER keeps its precision and scale as DECIMAL (the
 * integer synonyms are NUMBER(38,0)); FLOAT is DOUBLE; text types are VARCHAR; TIMESTAMP_NTZ is
 * TIMESTAMP and TIMESTAMP_TZ/LTZ are TIMESTAMPTZ. DuckDB keeps microseconds, Snowflake nanoseconds, and
 * TIMESTAMPTZ keeps the instant but not the offset: both are documented limits of the emulator.
 */
final class SnowflakeTypes {

    static final int TEXT_LENGTH = 16_777_216;

    private static final Set<String> NUMBER = Set.of("NUMBER", "DECIMAL", "NUMERIC", "DEC");
    private static final Set<String> INTEGER = Set.of("INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BYTEINT");
    private static final Set<String> FLOAT = Set.of("FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "REAL");
    private static final Set<String> TEXT = Set.of("VARCHAR", "STRING", "TEXT", "CHAR", "CHARACTER", "NCHAR",
            "NVARCHAR", "NVARCHAR2", "CHAR_VARYING", "NCHAR_VARYING");
    private static final Set<String> NTZ = Set.of("TIMESTAMP", "DATETIME", "TIMESTAMP_NTZ", "TIMESTAMPNTZ",
            "TIMESTAMP_WITHOUT_TIME_ZONE");
    private static final Set<String> TZ = Set.of("TIMESTAMP_TZ", "TIMESTAMPTZ", "TIMESTAMP_LTZ", "TIMESTAMPLTZ",
            "TIMESTAMP_WITH_TIME_ZONE", "TIMESTAMP_WITH_LOCAL_TIME_ZONE");
    private static final Set<String> BINARY = Set.of("BINARY", "VARBINARY");
    private static final Set<String> SEMI_STRUCTURED = Set.of("VARIANT", "OBJECT", "ARRAY");

    private SnowflakeTypes() {
    }

    /** Whether a word can start a type name (used for typed literals such as {@code DATE '2024-01-01'}). */
    static boolean isTypeWord(String upper) {
        return NUMBER.contains(upper) || INTEGER.contains(upper) || FLOAT.contains(upper) || TEXT.contains(upper)
                || NTZ.contains(upper) || TZ.contains(upper) || BINARY.contains(upper)
                || SEMI_STRUCTURED.contains(upper) || upper.equals("BOOLEAN") || upper.equals("DATE")
                || upper.equals("TIME");
    }

    /** Parses a Snowflake type at the cursor and returns its DuckDB spelling. */
    static String parseToDuckDb(TokenStream in) {
        Token first = in.next();
        if (first.kind() != Kind.WORD) {
            throw SnowflakeError.syntax("unexpected '" + first.text() + "', expected a data type", first.position());
        }
        String name = first.upper();
        if (name.equals("DOUBLE") && in.acceptWords("PRECISION")) {
            name = "DOUBLE";
        } else if ((name.equals("CHAR") || name.equals("CHARACTER") || name.equals("NCHAR"))
                && in.acceptWords("VARYING")) {
            name = "CHAR_VARYING";
        } else if (name.equals("TIMESTAMP") || name.equals("TIME")) {
            if (in.acceptWords("WITH", "LOCAL", "TIME", "ZONE")) {
                name = "TIMESTAMP_WITH_LOCAL_TIME_ZONE";
            } else if (in.acceptWords("WITH", "TIME", "ZONE")) {
                name = name.equals("TIME") ? "TIME_WITH_TIME_ZONE" : "TIMESTAMP_WITH_TIME_ZONE";
            } else if (in.acceptWords("WITHOUT", "TIME", "ZONE")) {
                name = name.equals("TIME") ? "TIME" : "TIMESTAMP_WITHOUT_TIME_ZONE";
            }
        }
        List<Integer> args = new ArrayList<>();
        if (in.acceptSymbol("(")) {
            do {
                Token arg = in.next();
                if (arg.kind() != Kind.NUMBER) {
                    throw SnowflakeError.syntax("unexpected '" + arg.text() + "', expected a number", arg.position());
                }
                args.add(Integer.parseInt(arg.text()));
            } while (in.acceptSymbol(","));
            in.expectSymbol(")");
        }
        return toDuckDb(name, args, first.text());
    }

    private static String toDuckDb(String name, List<Integer> args, String written) {
        if (NUMBER.contains(name)) {
            int precision = args.isEmpty() ? 38 : args.get(0);
            int scale = args.size() > 1 ? args.get(1) : 0;
            if (precision < 1 || precision > 38 || scale < 0 || scale > precision) {
                throw new SnowflakeError("001003", "42000", "SQL compilation error:\nnumber(" + precision + ", "
                        + scale + ") is not a valid type: precision must be 1..38 and scale 0..precision.");
            }
            return "DECIMAL(" + precision + "," + scale + ")";
        }
        if (INTEGER.contains(name)) {
            return "DECIMAL(38,0)";
        }
        if (FLOAT.contains(name)) {
            return "DOUBLE";
        }
        if (TEXT.contains(name)) {
            return "VARCHAR";
        }
        if (name.equals("BOOLEAN")) {
            return "BOOLEAN";
        }
        if (name.equals("DATE")) {
            return "DATE";
        }
        if (name.equals("TIME")) {
            return "TIME";
        }
        if (NTZ.contains(name)) {
            return "TIMESTAMP";
        }
        if (TZ.contains(name)) {
            return "TIMESTAMPTZ";
        }
        if (BINARY.contains(name)) {
            return "BLOB";
        }
        if (SEMI_STRUCTURED.contains(name)) {
            return "JSON";
        }
        throw SnowflakeError.unsupportedType(written.toUpperCase(Locale.ROOT));
    }

    /** The Snowflake type of a DuckDB result column, as the driver's {@code rowtype} describes it. */
    static ResultColumn resultColumn(String name, String duckDbType) {
        String t = duckDbType.toUpperCase(Locale.ROOT);
        if (t.startsWith("DECIMAL")) {
            int open = t.indexOf('(');
            int precision = 18;
            int scale = 3;
            if (open > 0) {
                String[] ps = t.substring(open + 1, t.indexOf(')')).split(",");
                precision = Integer.parseInt(ps[0].trim());
                scale = Integer.parseInt(ps[1].trim());
            }
            return ResultColumn.fixed(name, precision, scale);
        }
        switch (t) {
            case "TINYINT": case "SMALLINT": case "INTEGER": case "BIGINT":
            case "UTINYINT": case "USMALLINT": case "UINTEGER":
                return ResultColumn.fixed(name, 19, 0);
            case "HUGEINT": case "UBIGINT": case "UHUGEINT":
                return ResultColumn.fixed(name, 38, 0);
            case "FLOAT": case "DOUBLE":
                return ResultColumn.of(name, "real");
            case "BOOLEAN":
                return ResultColumn.of(name, "boolean");
            case "DATE":
                return ResultColumn.of(name, "date");
            case "TIME":
                return ResultColumn.timed(name, "time");
            case "TIMESTAMP": case "TIMESTAMP_NS": case "TIMESTAMP_MS": case "TIMESTAMP_S":
                return ResultColumn.timed(name, "timestamp_ntz");
            case "TIMESTAMP WITH TIME ZONE":
                return ResultColumn.timed(name, "timestamp_tz");
            case "BLOB":
                return ResultColumn.binary(name);
            case "JSON":
                return ResultColumn.of(name, "variant");
            default:
                return ResultColumn.text(name);
        }
    }

    /** A SQL CASE expression turning DuckDB's {@code data_type} column into Snowflake's DATA_TYPE. */
    static String informationSchemaDataType(String column) {
        return "CASE WHEN " + column + " LIKE 'DECIMAL%' OR " + column + " IN ('TINYINT','SMALLINT','INTEGER',"
                + "'BIGINT','HUGEINT','UTINYINT','USMALLINT','UINTEGER','UBIGINT') THEN 'NUMBER'"
                + " WHEN " + column + " IN ('FLOAT','DOUBLE') THEN 'FLOAT'"
                + " WHEN " + column + " = 'VARCHAR' THEN 'TEXT'"
                + " WHEN " + column + " = 'TIMESTAMP' THEN 'TIMESTAMP_NTZ'"
                + " WHEN " + column + " = 'TIMESTAMP WITH TIME ZONE' THEN 'TIMESTAMP_TZ'"
                + " WHEN " + column + " = 'BLOB' THEN 'BINARY'"
                + " WHEN " + column + " = 'JSON' THEN 'VARIANT'"
                + " ELSE " + column + " END";
    }
}
