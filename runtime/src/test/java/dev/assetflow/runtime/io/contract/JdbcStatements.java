package dev.assetflow.runtime.io.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for the raw SQL of a {@link ContractStorage}. */
final class JdbcStatements {

    /** Opens a connection to the storage. */
    @FunctionalInterface
    interface ConnectionFactory {
        Connection connect() throws SQLException;
    }

    private final ConnectionFactory connections;

    JdbcStatements(ConnectionFactory connections) {
        this.connections = connections;
    }

    void execute(String sql) {
        try (Connection connection = connections.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test SQL failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    List<List<String>> query(String sql) {
        try (Connection connection = connections.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** {@code name} as a double-quoted SQL identifier. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
