package dev.assetflow.ui.demo;

import dev.assetflow.SourceAsset;

/** Exchange rates to EUR, loaded by another system. */
@SourceAsset(name = "fx_rates", group = "ingest", description = "Exchange rates to EUR, loaded by the treasury system")
public record FxRate(String currency, double rate) {
}
