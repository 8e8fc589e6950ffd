package dev.assetflow.benchmarks;

/** What the read benchmark computes from every row, so that no read can be skipped. */
public record Checksum(long rows, long sum) {
}
