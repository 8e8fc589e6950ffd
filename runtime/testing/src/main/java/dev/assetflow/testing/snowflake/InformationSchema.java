package dev.assetflow.testing.snowflake;

import java.util.List;

/**
 * Snowflake's {@code INFORMATION_SCHEMA} views (COLUMNS, TABLES, SCHEMATA) as queries over DuckDB's
 * catalog, with Snowflake's names and type names. A reference {@code [db.]INFORMATION_SCHEMA.VIEW} is
 * replaced by a parenthesised subquery.
 */
final class InformationSchema {

    private static final String NAME = "INFORMATION_SCHEMA";

    record Reference(String view, String subquery, int end) {
    }

    private InformationSchema() {
    }

    /** Whether {@code [db.]INFORMATION_SCHEMA.view} starts at the token. */
    static boolean startsAt(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).isSymbol(".")) {
            return false;
        }
        return isSchemaDotView(tokens, i) || (isIdentifier(tokens, i) && isSymbol(tokens, i + 1, ".")
                && isSchemaDotView(tokens, i + 2));
    }

    static Reference parse(List<Token> tokens, int i, EmulatorSession session) {
        String database = session.database();
        int start = i;
        if (!isSchemaDotView(tokens, i)) {
            database = tokens.get(i).identifier();
            start = i + 2;
        }
        if (database == null) {
            throw SnowflakeError.noCurrentDatabase();
        }
        session.emulator().requireDatabase(database);
        String view = tokens.get(start + 2).identifier();
        String db = Identifiers.literal(Identifiers.encode(database));
        String hidden = matching(session.emulator().temporaryTablesOfOthers(session));
        String own = matching(session.emulator().temporaryTablesOf(session));
        String sql = switch (view) {
            case "COLUMNS" -> columns(db, hidden);
            case "TABLES" -> tables(db, hidden, own);
            case "SCHEMATA" -> schemata(db);
            default -> throw SnowflakeError.objectNotFound(database + "." + NAME + "." + view);
        };
        return new Reference(view, sql, start + 3);
    }

    /**
     * A condition over {@code duckdb_tables()} or {@code duckdb_columns()} true for the given tables. Other
     * sessions' temporary tables are left out of the views, as Snowflake shows a temporary table only to
     * its own session.
     */
    private static String matching(List<ObjectName> tables) {
        if (tables.isEmpty()) {
            return "FALSE";
        }
        StringBuilder condition = new StringBuilder("(");
        for (ObjectName table : tables) {
            if (condition.length() > 1) {
                condition.append(" OR ");
            }
            condition.append("(database_name = ").append(Identifiers.literal(Identifiers.encode(table.database())))
                    .append(" AND schema_name = ").append(Identifiers.literal(Identifiers.encode(table.schema())))
                    .append(" AND table_name = ").append(Identifiers.literal(Identifiers.encode(table.name())))
                    .append(')');
        }
        return condition.append(')').toString();
    }

    private static String columns(String db, String hidden) {
        return "(SELECT sf_decode(database_name) AS \"TABLE_CATALOG\", sf_decode(schema_name) AS \"TABLE_SCHEMA\","
                + " sf_decode(table_name) AS \"TABLE_NAME\", sf_decode(column_name) AS \"COLUMN_NAME\","
                + " column_index AS \"ORDINAL_POSITION\", column_default AS \"COLUMN_DEFAULT\","
                + " CASE WHEN is_nullable THEN 'YES' ELSE 'NO' END AS \"IS_NULLABLE\","
                + " " + SnowflakeTypes.informationSchemaDataType("data_type") + " AS \"DATA_TYPE\","
                + " CASE WHEN data_type = 'VARCHAR' THEN " + SnowflakeTypes.TEXT_LENGTH + " END AS \"CHARACTER_MAXIMUM_LENGTH\","
                + " CASE WHEN data_type = 'VARCHAR' THEN " + SnowflakeTypes.TEXT_LENGTH + " END AS \"CHARACTER_OCTET_LENGTH\","
                + " CASE WHEN data_type LIKE 'DECIMAL%' THEN numeric_precision"
                + " WHEN data_type LIKE '%INT%' THEN 38 END AS \"NUMERIC_PRECISION\","
                + " CASE WHEN data_type LIKE 'DECIMAL%' OR data_type LIKE '%INT%' THEN 10 END AS \"NUMERIC_PRECISION_RADIX\","
                + " CASE WHEN data_type LIKE 'DECIMAL%' THEN numeric_scale"
                + " WHEN data_type LIKE '%INT%' THEN 0 END AS \"NUMERIC_SCALE\","
                + " CASE WHEN data_type LIKE 'TIME%' THEN 9 END AS \"DATETIME_PRECISION\","
                + " comment AS \"COMMENT\""
                + " FROM duckdb_columns() WHERE database_name = " + db + " AND schema_name <> 'main' AND NOT internal"
                + " AND NOT " + hidden + ")";
    }

    private static String tables(String db, String hidden, String own) {
        return "(SELECT sf_decode(database_name) AS \"TABLE_CATALOG\", sf_decode(schema_name) AS \"TABLE_SCHEMA\","
                + " sf_decode(table_name) AS \"TABLE_NAME\","
                + " CASE WHEN " + own + " THEN 'TEMPORARY TABLE' ELSE 'BASE TABLE' END AS \"TABLE_TYPE\","
                + " estimated_size AS \"ROW_COUNT\", 'NO' AS \"IS_TRANSIENT\", comment AS \"COMMENT\""
                + " FROM duckdb_tables() WHERE database_name = " + db + " AND schema_name <> 'main' AND NOT internal"
                + " AND NOT " + hidden
                + " UNION ALL SELECT sf_decode(database_name), sf_decode(schema_name), sf_decode(view_name), 'VIEW',"
                + " NULL, 'NO', comment"
                + " FROM duckdb_views() WHERE database_name = " + db + " AND schema_name <> 'main' AND NOT internal)";
    }

    private static String schemata(String db) {
        return "(SELECT sf_decode(database_name) AS \"CATALOG_NAME\", sf_decode(schema_name) AS \"SCHEMA_NAME\","
                + " NULL AS \"SCHEMA_OWNER\", comment AS \"COMMENT\""
                + " FROM duckdb_schemas() WHERE database_name = " + db + " AND schema_name <> 'main' AND NOT internal"
                + " UNION ALL SELECT " + "sf_decode(" + db + "), '" + NAME + "', NULL, NULL)";
    }

    private static boolean isSchemaDotView(List<Token> tokens, int i) {
        return isIdentifier(tokens, i) && tokens.get(i).identifier().equals(NAME) && isSymbol(tokens, i + 1, ".")
                && isIdentifier(tokens, i + 2);
    }

    private static boolean isIdentifier(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isIdentifierLike();
    }

    private static boolean isSymbol(List<Token> tokens, int i, String symbol) {
        return i < tokens.size() && tokens.get(i).isSymbol(symbol);
    }
}
