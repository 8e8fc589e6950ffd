package dev.assetflow.benchmarks;

import dev.assetflow.SourceAsset;

/**
 * The input of the SQL asset benchmark: {@code sql_bench_sales}, generated inside the database by
 * {@link SqlAssetBenchmark} (never through the JVM), read by a SQL asset and by a Java asset.
 */
@SourceAsset(name = "sql_bench_sales", description = "Sales generated inside the database for the SQL asset benchmark")
public record BenchSale(long id, String owner, double amount) {
}
