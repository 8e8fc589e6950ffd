package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.JdbcRowSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;

/** DuckDB's result sets: {@code getObject(i, LocalTime.class)} is not supported, {@code getObject(i)} is. */
final class DuckDbRowSource extends JdbcRowSource {

    DuckDbRowSource(String asset, String table, List<Column> columns, ResultSet resultSet) {
        super(asset, table, columns, resultSet);
    }

    @Override
    protected LocalTime fetchTime(int index) throws SQLException {
        return (LocalTime) resultSet().getObject(index);
    }
}
