package dev.assetflow.testing.snowflake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Case-exact lookups in DuckDB's catalog. DuckDB resolves names ignoring case, but string comparison of
 * the stored (encoded) names is exact, so these answer the question Snowflake would.
 */
final class Catalog {

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    boolean databaseExists(String database) {
        return exists("SELECT 1 FROM duckdb_databases() WHERE database_name = ?", database);
    }

    boolean schemaExists(String database, String schema) {
        return exists("SELECT 1 FROM duckdb_schemas() WHERE database_name = ? AND schema_name = ?", database, schema);
    }

    boolean tableExists(ObjectName table) {
        return exists("SELECT 1 FROM duckdb_tables() WHERE database_name = ? AND schema_name = ? AND table_name = ?",
                table.database(), table.schema(), table.name());
    }

    boolean viewExists(ObjectName view) {
        return exists("SELECT 1 FROM duckdb_views() WHERE database_name = ? AND schema_name = ? AND view_name = ?",
                view.database(), view.schema(), view.name());
    }

    /** The table's columns in order, as {name, DuckDB type}; empty if there is no such table. */
    List<String[]> columns(ObjectName table) {
        List<String[]> columns = new ArrayList<>();
        String sql = "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = ? AND schema_name = ?"
                + " AND table_name = ? ORDER BY column_index";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, Identifiers.encode(table.database()));
            ps.setString(2, Identifiers.encode(table.schema()));
            ps.setString(3, Identifiers.encode(table.name()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {Identifiers.decode(rs.getString(1)), rs.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e);
        }
        return columns;
    }

    private boolean exists(String sql, String... names) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.length; i++) {
                ps.setString(i + 1, Identifiers.encode(names[i]));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e);
        }
    }
}
