package dev.assetflow.benchmarks;

import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;

/**
 * Run in a child JVM with a small heap by the memory benchmark: materializes {@code bench_rows}
 * ({@code bench.rows} rows, a {@code Stream}) and {@code bench_checksum} (a {@code Stream} input) on the
 * URL given as the only argument. Exits non-zero when anything failed.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(String[] args) {
        try (Materializer materializer = Pipeline.materializer().url(args[0]).parallelism(1).build()) {
            MaterializeResult result = materializer.materialize(Pipeline.BENCH_ROWS.name(),
                    Pipeline.BENCH_CHECKSUM.name());
            if (!result.isSuccess()) {
                throw new IllegalStateException("materialization failed:\n" + result);
            }
            Checksum checksum = materializer.load(Pipeline.BENCH_CHECKSUM).get(0);
            System.out.println("rows=" + checksum.rows() + " max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " seconds=" + result.duration().toMillis() / 1000.0);
        }
    }
}
