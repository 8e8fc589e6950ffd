package dev.assetflow.runtime;

import java.time.Duration;
import java.util.stream.Stream;

/** Computes one asset from its inputs and stores its rows. */
final class AssetRun {

    private AssetRun() {
    }

    static <R> AssetResult run(AssetDefinition<R> asset, AssetGraph graph, Storage storage) {
        long start = System.nanoTime();
        try {
            long rows = computeAndStore(asset, graph, storage);
            return AssetResult.materialized(asset.key(), rows, Duration.ofNanos(System.nanoTime() - start));
        } catch (Throwable e) {
            return AssetResult.failed(asset.key(), Duration.ofNanos(System.nanoTime() - start), e);
        }
    }

    private static <R> long computeAndStore(AssetDefinition<R> asset, AssetGraph graph, Storage storage)
            throws Exception {
        try (RunInputs inputs = new RunInputs(asset, graph, storage)) {
            Stream<R> rows = asset.computation().compute(inputs);
            if (rows == null) {
                throw new AssetflowException("asset '" + asset.key() + "' (" + asset.method()
                        + ") returned null instead of rows");
            }
            try (rows) {
                return storage.write(asset, rows);
            }
        }
    }
}
