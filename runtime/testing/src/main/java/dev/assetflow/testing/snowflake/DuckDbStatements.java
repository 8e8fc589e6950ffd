package dev.assetflow.testing.snowflake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Runs translated SQL on the session's DuckDB connection with the request's bindings. */
final class DuckDbStatements {

    private DuckDbStatements() {
    }

    static QueryResult query(EmulatorSession session, String duckSql, Bindings bindings) throws SQLException {
        requireSingleRow(bindings, "a query");
        try (PreparedStatement ps = session.duckDb().prepareStatement(duckSql)) {
            bind(ps, bindings, 0);
            try (ResultSet rs = ps.executeQuery()) {
                return ResultEncoder.encode(rs);
            }
        }
    }

    static List<ResultColumn> describe(EmulatorSession session, String duckSql) throws SQLException {
        try (PreparedStatement ps = session.duckDb().prepareStatement(duckSql)) {
            return ps.getMetaData() == null ? List.of() : ResultEncoder.columns(ps.getMetaData());
        }
    }

    /** Runs DML once per binding row (array binding) as one atomic statement and returns the row count. */
    static long update(EmulatorSession session, String duckSql, Bindings bindings) throws SQLException {
        return session.atomically(connection -> {
            long total = 0;
            try (PreparedStatement ps = connection.prepareStatement(duckSql)) {
                for (int row = 0; row < bindings.rowCount(); row++) {
                    bind(ps, bindings, row);
                    total += ps.executeLargeUpdate();
                }
            }
            return total;
        });
    }

    static void execute(Connection connection, String duckSql) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute(duckSql);
        }
    }

    private static void bind(PreparedStatement ps, Bindings bindings, int row) throws SQLException {
        int expected = ps.getParameterMetaData().getParameterCount();
        if (expected != bindings.parameterCount()) {
            throw new SnowflakeError("002049", "42601", "SQL compilation error: The statement has " + expected
                    + " bind variable(s) but " + bindings.parameterCount() + " value(s) were bound.");
        }
        for (int p = 1; p <= bindings.parameterCount(); p++) {
            Object value = bindings.value(row, p);
            if (value == null) {
                ps.setNull(p, Types.NULL);
            } else if (value instanceof byte[] bytes) {
                ps.setBytes(p, bytes);
            } else {
                ps.setObject(p, value);
            }
        }
    }

    private static void requireSingleRow(Bindings bindings, String what) {
        if (bindings.isBatch() && bindings.rowCount() != 1) {
            throw SnowflakeError.unsupported("array binding for " + what);
        }
    }
}
