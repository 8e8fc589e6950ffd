package dev.assetflow.benchmarks;

import dev.assetflow.Asset;
import dev.assetflow.Input;
import java.util.List;
import java.util.stream.Stream;

/** The assets the benchmarks materialize: a generated table, and a reader of every row of it. */
public final class BenchAssets {

    private BenchAssets() {
    }

    /** {@code bench.rows} rows, produced lazily. */
    @Asset(description = "Generated benchmark rows")
    public static Stream<BenchRow> benchRows() {
        return BenchData.stream(BenchData.rows());
    }

    /** Reads every row of {@code bench_rows} into records, lazily, and checksums them. */
    @Asset(description = "A checksum over every benchmark row")
    public static List<Checksum> benchChecksum(@Input Stream<BenchRow> benchRows) {
        long[] acc = new long[2];
        benchRows.forEach(row -> {
            acc[0]++;
            acc[1] += BenchData.checksum(row);
        });
        return List.of(new Checksum(acc[0], acc[1]));
    }
}
