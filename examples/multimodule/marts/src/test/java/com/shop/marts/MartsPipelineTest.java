package com.shop.marts;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.core.CorePipeline;
import com.shop.core.Order;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.CheckOutcome;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marts module's Pipeline on an embedded DuckDB file: one graph of its own assets and the core module's,
 * whose metadata came with the core jar.
 */
class MartsPipelineTest {

    @TempDir
    Path dir;

    private Materializer materializer(String file) {
        return Pipeline.materializer().url("jdbc:duckdb:" + dir.resolve(file)).parallelism(1).build();
    }

    @Test
    void materializeAllRunsTheCoreModulesAssetsAndChecksWithTheMarts() throws SQLException {
        MaterializeResult result;
        try (Materializer materializer = materializer("all.duckdb")) {
            result = materializer.materializeAll();
            assertThat(materializer.load(Pipeline.REGION_REVENUE)).containsExactly(
                    new RegionRevenue("east", 310.0), new RegionRevenue("north", 223.0),
                    new RegionRevenue("south", 99.99));
            assertThat(materializer.load(Pipeline.ORDERS)).extracting(Order::customer)
                    .containsExactly("alice", "bob", "alice", "carol", "bob", "dave", "carol", "alice");
        }
        assertThat(result.assets()).extracting(AssetResult::key).containsExactlyInAnyOrder(
                "raw_orders", "orders", "customers", "customer_orders", "customer_revenue", "region_revenue",
                "region_sales", "repeat_customers");
        assertThat(result.assets()).extracting(AssetResult::status).containsOnly(AssetStatus.MATERIALIZED);
        assertThat(result.asset("orders").orElseThrow().checks()).extracting(CheckOutcome::check)
                .containsExactly("orders_name_a_customer");
        assertThat(result.asset("customer_revenue").orElseThrow().checks()).extracting(CheckOutcome::passed)
                .containsExactly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("all.duckdb"))) {
            assertThat(rows(connection, "select customer, region, revenue, orders from customer_revenue"
                    + " order by customer")).containsExactly("alice north 177.75 3", "bob south 99.99 2",
                            "carol north 45.25 2", "dave east 310.0 1");
        }
    }

    @Test
    void selectingAMartWithItsUpstreamRunsTheCoreAssetsItReads() {
        try (Materializer materializer = materializer("selection.duckdb")) {
            MaterializeResult result = materializer.materialize(AssetSelection.parse("+region_revenue"));
            assertThat(result.assets()).extracting(AssetResult::key).containsExactly(
                    "customers", "raw_orders", "orders", "customer_revenue", "region_revenue");
        }
    }

    @Test
    void coreAssetsKeepTheCodeVersionsOfTheirOwnModule() {
        AssetGraph marts = Pipeline.graph();
        AssetGraph core = CorePipeline.graph();
        for (String key : List.of("raw_orders", "orders", "customers", "customer_orders")) {
            assertThat(marts.require(key).codeVersion()).as(key).isEqualTo(core.require(key).codeVersion());
        }
        try (Materializer materializer = materializer("stale.duckdb")) {
            materializer.materializeAll();
            assertThat(materializer.materializeStale().assets()).isEmpty();
        }
        // what the core module materialized, through its own pipeline, is up to date for the marts' pipeline too
        String shared = "jdbc:duckdb:" + dir.resolve("shared.duckdb");
        try (Materializer coreOnly = CorePipeline.materializer().url(shared).build()) {
            coreOnly.materializeAll();
        }
        try (Materializer materializer = Pipeline.materializer().url(shared).build()) {
            assertThat(materializer.materializeStale().assets()).extracting(AssetResult::key)
                    .containsExactlyInAnyOrder("customer_revenue", "region_revenue", "region_sales",
                            "repeat_customers");
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getDouble(3) + " "
                        + result.getLong(4));
            }
        }
        return rows;
    }
}
