package dev.assetflow.testing.snowflake;

import java.util.List;

/**
 * What a statement returns to the driver: its statement type, the {@code rowtype} and the rows, each
 * cell already in Snowflake's JSON encoding (a string, or null).
 */
record QueryResult(int statementTypeId, List<ResultColumn> columns, List<List<String>> rows) {

    static QueryResult status(int statementTypeId, String message) {
        return new QueryResult(statementTypeId, List.of(ResultColumn.text("status")), List.of(List.of(message)));
    }

    static QueryResult count(int statementTypeId, String columnName, long count) {
        return new QueryResult(statementTypeId, List.of(ResultColumn.fixed(columnName, 19, 0)),
                List.of(List.of(Long.toString(count))));
    }

    static QueryResult describe(int statementTypeId, List<ResultColumn> columns) {
        return new QueryResult(statementTypeId, columns, List.of());
    }
}
