package com.acme.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sales example end to end on an embedded DuckDB file: the tables, their columns and their rows. */
class SalesPipelineTest {

    @TempDir
    Path dir;

    @Test
    void materializeAllWritesEveryTableOnTheUrlFromTheSystemProperty() throws SQLException {
        String url = "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
        String previous = System.getProperty("assetflow.url");
        System.setProperty("assetflow.url", url);
        MaterializeResult result;
        try {
            result = Pipeline.materializeAll();
        } finally {
            if (previous == null) {
                System.clearProperty("assetflow.url");
            } else {
                System.setProperty("assetflow.url", previous);
            }
        }

        assertThat(result.assets()).extracting(AssetResult::key)
                .containsExactly("raw_sales_data", "clean_sales_data", "daily_owner_totals", "owner_stats",
                        "sales_summary");
        assertThat(result.assets()).extracting(AssetResult::status).containsOnly(AssetStatus.MATERIALIZED);
        assertThat(result.assets()).extracting(AssetResult::rows).containsExactly(12L, 12L, 12L, 5L, 5L);

        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(columns(connection, "raw_sales_data")).containsExactly(
                    "id BIGINT NO", "owner VARCHAR NO", "amount DOUBLE YES", "day DATE NO");
            assertThat(columns(connection, "clean_sales_data")).containsExactly(
                    "id BIGINT NO", "owner VARCHAR NO", "amount DOUBLE NO", "day DATE NO");
            assertThat(columns(connection, "sales_summary")).containsExactly(
                    "owner VARCHAR NO", "total DOUBLE NO");

            assertThat(count(connection, "select count(*) from raw_sales_data where amount is null")).isEqualTo(3);
            assertThat(count(connection, "select count(*) from clean_sales_data where amount = 0")).isEqualTo(3);
            assertThat(totals(connection)).containsExactly(
                    entry("alice", 177.75), entry("bob", 92.75), entry("carol", 299.99),
                    entry("dave", 370.0), entry("erin", 0.0));
            // the SQL asset, computed inside the database from clean_sales_data
            assertThat(ownerStats(connection, "owner_stats")).containsExactly(
                    "alice 3 177.75", "bob 3 92.75", "carol 3 299.99", "dave 2 370.0", "erin 1 0.0");
        }
    }

    @Test
    void materializingTwiceReplacesTheRowsInsteadOfAppending() throws SQLException {
        String url = "jdbc:duckdb:" + dir.resolve("twice.duckdb");
        try (var materializer = Pipeline.materializer().url(url).build()) {
            materializer.materializeAll();
            MaterializeResult second = materializer.materializeAll();
            assertThat(second.assets()).extracting(AssetResult::rows).containsExactly(12L, 12L, 12L, 5L, 5L);
            assertThat(materializer.load(Pipeline.SALES_SUMMARY)).containsExactly(
                    new OwnerTotal("alice", 177.75), new OwnerTotal("bob", 92.75),
                    new OwnerTotal("carol", 299.99), new OwnerTotal("dave", 370.0), new OwnerTotal("erin", 0.0));
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(count(connection, "select count(*) from raw_sales_data")).isEqualTo(12);
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select column_name, data_type, is_nullable"
                        + " from information_schema.columns where table_name = '" + table
                        + "' order by ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return columns;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Double> totals(Connection connection) throws SQLException {
        Map<String, Double> totals = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select owner, total from sales_summary order by owner")) {
            while (rs.next()) {
                totals.put(rs.getString(1), Math.round(rs.getDouble(2) * 100) / 100.0);
            }
        }
        return totals;
    }

    private static List<String> ownerStats(Connection connection, String table) throws SQLException {
        List<String> stats = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select owner, sales, total from " + table + " order by owner")) {
            while (rs.next()) {
                stats.add(rs.getString(1) + " " + rs.getLong(2) + " " + Math.round(rs.getDouble(3) * 100) / 100.0);
            }
        }
        return stats;
    }
}
