package dev.assetflow.ui.demo;

/** Revenue and order count of one region. */
public record RegionTotal(String region, long orders, double euros) {
}
