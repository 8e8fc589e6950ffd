/**
 * The shop's marts: revenue per customer and per region, computed in Java and, by SQL assets, in the database,
 * from the orders and customers of the core module ({@code com.shop.core}), which this module reads like its own
 * assets. The generated {@link com.shop.marts.Pipeline} runs both modules' assets as one graph.
 */
@AssetPipeline
package com.shop.marts;

import dev.assetflow.AssetPipeline;
