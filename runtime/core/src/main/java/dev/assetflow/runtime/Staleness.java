package dev.assetflow.runtime;

import java.util.Objects;

/**
 * Whether an asset needs materializing, and why.
 *
 * @param asset the asset key
 * @param stale whether {@link Materializer#materializeStale()} would run it
 * @param reason why it is stale ({@code never materialized}, {@code code changed (a1b2 -> c3d4)},
 *     {@code upstream raw_sales_data materialized at ...}), or {@code up to date}
 */
public record Staleness(String asset, boolean stale, String reason) {

    public Staleness {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(reason, "reason");
    }
}
