package dev.assetflow.testing.snowflake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for tests that drive the emulator through the real snowflake-jdbc driver. */
final class EmulatorTestSupport {

    static {
        try {
            Class.forName("net.snowflake.client.jdbc.SnowflakeDriver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private EmulatorTestSupport() {
    }

    static Connection connect(SnowflakeEmulator emulator) throws SQLException {
        return DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties());
    }

    static int update(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** All rows of a query, each cell as {@code getString} returns it. */
    static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static String single(Connection connection, String sql) throws SQLException {
        return rows(connection, sql).get(0).get(0);
    }
}
