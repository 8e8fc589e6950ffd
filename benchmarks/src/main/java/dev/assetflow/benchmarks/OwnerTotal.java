package dev.assetflow.benchmarks;

/** The sales of one owner. */
public record OwnerTotal(String owner, double total, long sales) {
}
