package com.acme.sales;

import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;

/**
 * Materializes the sales pipeline into the embedded DuckDB file {@code warehouse.duckdb} (or the JDBC URL
 * in the system property {@code assetflow.url} or the environment variable {@code ASSETFLOW_URL}) and
 * prints what it did and the summary it computed.
 */
public final class SalesExample {

    private SalesExample() {
    }

    public static void main(String[] args) {
        MaterializeResult result = Pipeline.materializeAll();
        System.out.println(result);
        try (Materializer materializer = Materializer.fromEnvironment(Pipeline.graph())) {
            System.out.println("sales_summary:");
            for (OwnerTotal total : materializer.load(Pipeline.SALES_SUMMARY)) {
                System.out.printf("  %-6s %10.2f%n", total.owner(), total.total());
            }
        }
    }
}
