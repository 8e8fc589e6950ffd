package com.shop.marts;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.core.CorePipeline;
import com.shop.core.CustomerOrders;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Staleness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL assets across the two modules on an embedded DuckDB file: the marts' SQL asset {@code region_sales} reads
 * the core module's SQL asset {@code customer_orders} and Java asset {@code customers} through the tables the
 * core jar brings, and the marts' Java asset {@code repeat_customers} reads the rows of {@code customer_orders}.
 */
class SqlAcrossModulesTest {

    @TempDir
    Path dir;

    private Materializer materializer(Materializer.Builder builder, String file) {
        return builder.url("jdbc:duckdb:" + dir.resolve(file)).parallelism(1).build();
    }

    @Test
    void sqlAndJavaAssetsOfTheMartsReadTheCoreModulesSqlAsset() {
        try (Materializer materializer = materializer(Pipeline.materializer(), "sql.duckdb")) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.assets()).extracting(AssetResult::status).containsOnly(AssetStatus.MATERIALIZED);
            assertThat(result.asset("region_sales").orElseThrow().rows()).isEqualTo(3);
            assertThat(materializer.load(Pipeline.CUSTOMER_ORDERS)).containsExactlyInAnyOrder(
                    new CustomerOrders("alice", 3, 177.75), new CustomerOrders("bob", 2, 99.99),
                    new CustomerOrders("carol", 2, 45.25), new CustomerOrders("dave", 1, 310.0));
            assertThat(materializer.load(Pipeline.REGION_SALES)).containsExactlyInAnyOrder(
                    new RegionSales("east", 1, 310.0), new RegionSales("north", 2, 223.0),
                    new RegionSales("south", 1, 99.99));
            assertThat(materializer.load(Pipeline.REPEAT_CUSTOMERS)).containsExactlyInAnyOrder(
                    new CustomerOrders("alice", 3, 177.75), new CustomerOrders("bob", 2, 99.99),
                    new CustomerOrders("carol", 2, 45.25));
        }
    }

    @Test
    void theMartsSqlAssetRunsInsideTheDatabaseOverTheCoreModulesTables() {
        try (Materializer materializer = materializer(Pipeline.materializer(), "statement.duckdb")) {
            // one INSERT ... SELECT joining the two tables the core module's assets wrote: no row enters the JVM
            assertThat(materializer.sql("region_sales")).isEqualTo("insert into \"main\".\"region_sales\""
                    + " (\"region\", \"customers\", \"revenue\") select \"main\".\"customers\".\"region\", count(*),"
                    + " round(sum(\"main\".\"customer_orders\".\"revenue\"), 2) from \"main\".\"customer_orders\""
                    + " join \"main\".\"customers\" on \"main\".\"customers\".\"customer\""
                    + " = \"main\".\"customer_orders\".\"customer\" group by \"main\".\"customers\".\"region\"");
        }
    }

    @Test
    void aNewRunOfTheCoreModulesSqlAssetMakesTheMartsReadingItStale() {
        try (Materializer core = materializer(CorePipeline.materializer(), "shared.duckdb")) {
            core.materializeAll();
        }
        try (Materializer marts = materializer(Pipeline.materializer(), "shared.duckdb")) {
            // what the core module's own pipeline materialized, customer_orders included, is up to date here
            assertThat(marts.materializeStale().assets()).extracting(AssetResult::key).containsExactlyInAnyOrder(
                    "customer_revenue", "region_revenue", "region_sales", "repeat_customers");
        }
        try (Materializer core = materializer(CorePipeline.materializer(), "shared.duckdb")) {
            core.materialize("customer_orders");
        }
        try (Materializer marts = materializer(Pipeline.materializer(), "shared.duckdb")) {
            assertThat(marts.staleness()).filteredOn(Staleness::stale).extracting(Staleness::asset)
                    .containsExactlyInAnyOrder("region_sales", "repeat_customers");
            assertThat(marts.staleness()).filteredOn(staleness -> staleness.asset().equals("region_sales"))
                    .extracting(Staleness::reason).singleElement().asString()
                    .startsWith("upstream customer_orders materialized at ");
        }
    }
}
