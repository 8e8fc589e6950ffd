package dev.assetflow.benchmarks;

import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@code bench.rows} rows through the generated pipeline and through the backend's native
 * path, in the same JVM, alternating.
 */
final class StorageBenchmark {

    /** The native side: a hand-written bulk write and a hand-written read into the same records. */
    interface NativePath extends AutoCloseable {
        long write(long rows) throws Exception;

        Checksum read() throws Exception;
    }

    private StorageBenchmark() {
    }

    static List<Timing.Pair> run(String backend, String url, NativePath nativePath, long rows, int rounds)
            throws Exception {
        List<Timing.Pair> pairs = new ArrayList<>();
        try (Materializer materializer = Pipeline.materializer().url(url).parallelism(1).build()) {
            pairs.add(Timing.alternate(backend + " write", rounds,
                    () -> materialized(materializer.materialize(Pipeline.BENCH_ROWS.name()), 0),
                    () -> nativePath.write(rows)));
            Checksum expected = nativePath.read();
            Checksum viaPipeline = checksum(materializer);
            if (!expected.equals(viaPipeline)) {
                throw new IllegalStateException(backend + ": the pipeline read " + viaPipeline + ", native " + expected);
            }
            pairs.add(Timing.alternate(backend + " read (JDBC loop)", rounds,
                    () -> checksum(materializer).rows(),
                    () -> nativePath.read().rows()));
        } finally {
            nativePath.close();
        }
        return pairs;
    }

    private static Checksum checksum(Materializer materializer) {
        materialized(materializer.materialize(Pipeline.BENCH_CHECKSUM.name()), 0);
        return materializer.load(Pipeline.BENCH_CHECKSUM).get(0);
    }

    private static long materialized(MaterializeResult result, int index) {
        if (!result.isSuccess()) {
            throw new IllegalStateException("materialization failed:\n" + result);
        }
        return result.assets().get(index).rows();
    }
}
