package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.SqlSalesGraph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partitioned SQL assets on DuckDB: a partition run replaces only the partition's rows, inputs partitioned the
 * same way are filtered to the partition inside the query, and a query returning rows of another partition
 * fails and leaves the table as it was.
 */
class DuckDbSqlPartitionTest {

    @TempDir
    Path directory;

    private static List<String> rows(String url) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, amount, day from clean_sales order by id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getDouble(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void aPartitionRunReplacesOnlyItsRowsFromItsInputPartition() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("partitions.duckdb");
        AtomicReference<Double> factor = new AtomicReference<>(1.0);
        AssetGraph graph = AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(false)));
        try (Materializer materializer = Materializer.builder(graph).url(url).build()) {
            materializer.materialize(AssetSelection.all(), "2024-01-01");
            materializer.materialize(AssetSelection.all(), "2024-01-02");
        }
        assertThat(rows(url)).containsExactly("1 10.0 2024-01-01", "2 0.0 2024-01-01", "3 5.0 2024-01-02");
        try (Materializer materializer = Materializer.builder(graph).url(url).build()) {
            factor.set(2.0);
            AssetResult cleaned = materializer.materialize(AssetSelection.all(), "2024-01-02")
                    .asset("clean_sales").orElseThrow();
            assertThat(cleaned.rows()).isEqualTo(1L);
        }
        // only 2024-01-02 was replaced, from the 2024-01-02 rows of raw_sales
        assertThat(rows(url)).containsExactly("1 10.0 2024-01-01", "2 0.0 2024-01-01", "3 10.0 2024-01-02");
    }

    @Test
    void aQueryReturningRowsOfAnotherPartitionFailsAndLeavesTheTable() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("stray.duckdb");
        AtomicReference<Double> factor = new AtomicReference<>(1.0);
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(false))))
                .url(url).build()) {
            materializer.materialize(AssetSelection.all(), "2024-01-01");
        }
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(SqlSalesGraph.dailyRaw(factor), SqlSalesGraph.dailyClean(true))))
                .url(url).build()) {
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.all(), "2024-01-01"))
                    .isInstanceOf(MaterializationException.class)
                    .satisfies(e -> assertThat(((MaterializationException) e).result().asset("clean_sales")
                            .orElseThrow().error().orElseThrow())
                            .hasMessageContaining("asset 'clean_sales': the query returned 2 of its 2 rows outside"
                                    + " partition")
                            .hasMessageContaining("keeps its previous rows"));
        }
        assertThat(rows(url)).containsExactly("1 10.0 2024-01-01", "2 0.0 2024-01-01");
    }
}
