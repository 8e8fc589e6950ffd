package dev.assetflow.benchmarks;

/** The number of sales and their total per owner: the SQL asset benchmark's aggregation. */
public record OwnerSum(String owner, long sales, double total) {
}
