package dev.assetflow.benchmarks;

import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;

/**
 * Run in a child JVM with {@code -Xmx64m} by the SQL asset benchmark: materializes {@code sql_owner_sums} over
 * {@code sql_bench_sales} on the URL given as the only argument. Exits non-zero when it failed.
 */
public final class SqlMemoryRun {

    private SqlMemoryRun() {
    }

    public static void main(String[] args) {
        try (Materializer materializer = Pipeline.materializer().url(args[0]).parallelism(1).build()) {
            MaterializeResult result = materializer.materialize(Pipeline.SQL_OWNER_SUMS.name());
            if (!result.isSuccess()) {
                throw new IllegalStateException("materialization failed:\n" + result);
            }
            System.out.println("rows=" + result.totalRows() + " max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " seconds=" + result.duration().toMillis() / 1000.0);
        }
    }
}
