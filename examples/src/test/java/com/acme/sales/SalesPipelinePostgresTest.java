package com.acme.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sales example on PostgreSQL with nothing changed but the storage URL: the generated {@code Pipeline}
 * stores every asset as a table of the database's default schema, with PostgreSQL's types. Each test runs
 * in a database of its own, created on the server of {@code ASSETFLOW_TEST_POSTGRES_URL} and dropped after.
 */
class SalesPipelinePostgresTest {

    private PostgresExampleDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = PostgresExampleDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void materializerOnAPostgresUrlStoresEveryAssetInPostgres() throws SQLException {
        MaterializeResult result;
        try (var materializer = Pipeline.materializer().url(database.url()).build()) {
            result = materializer.materializeAll();

            assertThat(materializer.load(Pipeline.SALES_SUMMARY)).containsExactly(
                    new OwnerTotal("alice", 177.75), new OwnerTotal("bob", 92.75),
                    new OwnerTotal("carol", 299.99), new OwnerTotal("dave", 370.0), new OwnerTotal("erin", 0.0));
        }

        assertMaterializedEverything(result);
        assertTables();
    }

    @Test
    void materializeAllUsesThePostgresUrlOfTheSystemProperty() throws SQLException {
        String previous = System.getProperty("assetflow.url");
        System.setProperty("assetflow.url", database.url());
        MaterializeResult first;
        MaterializeResult second;
        try {
            first = Pipeline.materializeAll();
            second = Pipeline.materializeAll();
        } finally {
            if (previous == null) {
                System.clearProperty("assetflow.url");
            } else {
                System.setProperty("assetflow.url", previous);
            }
        }

        assertMaterializedEverything(first);
        assertMaterializedEverything(second);
        assertTables();
    }

    @Test
    void aCurrentSchemaInTheUrlIsWhereTheTablesGo() throws SQLException {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "currentSchema=sales_mart";

        try (var materializer = Pipeline.materializer().url(url).build()) {
            assertMaterializedEverything(materializer.materializeAll());
        }

        try (Connection connection = database.connect()) {
            assertThat(count(connection, "select count(*) from information_schema.tables"
                    + " where table_schema = 'sales_mart' and table_name like '%sales%'")).isEqualTo(3);
            assertThat(count(connection, "select count(*) from information_schema.tables"
                    + " where table_schema = 'public' and table_name like '%sales%'")).isZero();
            assertThat(count(connection, "select count(*) from sales_mart.sales_summary")).isEqualTo(5);
            // the SQL asset read its input from the URL's schema, qualified by the IO manager
            assertThat(ownerStats(connection, "sales_mart.owner_stats")).containsExactly(
                    "alice 3 177.75", "bob 3 92.75", "carol 3 299.99", "dave 2 370.0", "erin 1 0.0");
        }
    }

    private static void assertMaterializedEverything(MaterializeResult result) {
        assertThat(result.assets()).extracting(AssetResult::key)
                .containsExactly("raw_sales_data", "clean_sales_data", "daily_owner_totals", "owner_stats",
                        "sales_summary");
        assertThat(result.assets()).extracting(AssetResult::status).containsOnly(AssetStatus.MATERIALIZED);
        assertThat(result.assets()).extracting(AssetResult::rows).containsExactly(12L, 12L, 12L, 5L, 5L);
    }

    /** The tables in {@code public}, their PostgreSQL column types and their rows (not appended to). */
    private void assertTables() throws SQLException {
        try (Connection connection = database.connect()) {
            assertThat(columns(connection, "raw_sales_data")).containsExactly(
                    "id bigint NO", "owner text NO", "amount double precision YES", "day date NO");
            assertThat(columns(connection, "clean_sales_data")).containsExactly(
                    "id bigint NO", "owner text NO", "amount double precision NO", "day date NO");
            assertThat(columns(connection, "sales_summary")).containsExactly(
                    "owner text NO", "total double precision NO");

            assertThat(count(connection, "select count(*) from public.raw_sales_data")).isEqualTo(12);
            assertThat(count(connection, "select count(distinct id) from public.raw_sales_data")).isEqualTo(12);
            assertThat(count(connection, "select count(*) from public.raw_sales_data where amount is null"))
                    .isEqualTo(3);
            assertThat(count(connection, "select count(*) from public.clean_sales_data where amount = 0"))
                    .isEqualTo(3);
            assertThat(count(connection, "select count(*) from public.raw_sales_data r join"
                    + " public.clean_sales_data c using (id) where r.owner = c.owner and r.day = c.day"
                    + " and coalesce(r.amount, 0) = c.amount")).isEqualTo(12);
            assertThat(totals(connection)).containsExactly(
                    entry("alice", 177.75), entry("bob", 92.75), entry("carol", 299.99),
                    entry("dave", 370.0), entry("erin", 0.0));
            // the SQL asset, computed inside the database from clean_sales_data
            assertThat(ownerStats(connection, "public.owner_stats")).containsExactly(
                    "alice 3 177.75", "bob 3 92.75", "carol 3 299.99", "dave 2 370.0", "erin 1 0.0");
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select column_name, data_type, is_nullable"
                        + " from information_schema.columns where table_schema = 'public' and table_name = '"
                        + table + "' order by ordinal_position")) {
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
                ResultSet rs = statement.executeQuery("select owner, total from public.sales_summary order by owner")) {
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
