/**
 * The shop's core module: orders and customers as the shop exports them, cleaned. Its assets are read by
 * other modules ({@code com.shop.marts}); its own pipeline, {@link com.shop.core.CorePipeline}, runs them alone.
 */
@AssetPipeline(name = "CorePipeline")
package com.shop.core;

import dev.assetflow.AssetPipeline;
