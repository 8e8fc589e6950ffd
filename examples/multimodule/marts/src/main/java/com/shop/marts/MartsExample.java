package com.shop.marts;

import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;

/**
 * Materializes the whole shop, the core module's assets and the marts, into the embedded DuckDB file
 * {@code warehouse.duckdb} (or the JDBC URL in the system property {@code assetflow.url} or the environment
 * variable {@code ASSETFLOW_URL}), and prints the revenue per region, as computed in Java and in the database.
 */
public final class MartsExample {

    private MartsExample() {
    }

    public static void main(String[] args) {
        MaterializeResult result = Pipeline.materializeAll();
        System.out.println(result);
        try (Materializer materializer = Materializer.fromEnvironment(Pipeline.graph())) {
            System.out.println("region_revenue:");
            for (RegionRevenue region : materializer.load(Pipeline.REGION_REVENUE)) {
                System.out.printf("  %-6s %10.2f%n", region.region(), region.revenue());
            }
            System.out.println("region_sales (computed in the database):");
            for (RegionSales region : materializer.load(Pipeline.REGION_SALES)) {
                System.out.printf("  %-6s %10.2f  customers: %d%n", region.region(), region.revenue(),
                        region.customers());
            }
        }
    }
}
