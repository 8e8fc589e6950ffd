package dev.assetflow.benchmarks;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.internal.Rows;
import dev.assetflow.runtime.io.InMemoryIOManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's own cost: per-asset overhead on 1,000-asset graphs (a chain and a wide fan-out) with the
 * in-memory IO manager, the speed-up of independent CPU-bound assets from parallelism 1 to 2, and what a durable
 * run history costs per asset on DuckDB (a chain stored in a DuckDB file, its history in the same file, where
 * each materialization's start and outcome are recorded and the outcome commits with the rows, against the same
 * chain with the history kept in memory).
 *
 * <p>The definitions are built here the way the generated {@code Pipeline} builds them, so that the
 * graph's shape can be chosen at run time.
 */
final class OrchestrationBenchmark {

    /** One row of one column. */
    record Tick(long value) {
    }

    static final RowType<Tick> TICK = RowType.of(Tick.class.getCanonicalName(),
            List.of(Column.of("value", ColumnType.BIGINT, false)),
            (row, sink) -> sink.putLong(row.value()),
            source -> new Tick(source.getLong(0)));

    /** Median milliseconds per asset, and the speed-up. */
    record Figures(double chainMillisPerAsset, double fanOutMillisPerAsset, double cpuSpeedup,
            double cpuSeconds1, double cpuSeconds2, double duckDbDurableMillisPerAsset,
            double duckDbInMemoryHistoryMillisPerAsset) {
    }

    /** Assets in the DuckDB chain: each writes a table of its own, so fewer than the in-memory chain. */
    static final int DUCKDB_CHAIN = 200;

    private OrchestrationBenchmark() {
    }

    static Figures run(int rounds, java.nio.file.Path directory) throws Exception {
        AssetGraph chain = chain(1000);
        AssetGraph duckDbChain = chain(DUCKDB_CHAIN);
        List<Double> durable = new ArrayList<>();
        List<Double> inMemoryHistory = new ArrayList<>();
        AssetGraph fanOut = fanOut(1000);
        AssetGraph cpu = independentCpuBound(8);
        List<Double> chainTimes = new ArrayList<>();
        List<Double> fanTimes = new ArrayList<>();
        List<Double> cpu1 = new ArrayList<>();
        List<Double> cpu2 = new ArrayList<>();
        materialize(chain, 1);
        materialize(fanOut, 1);
        for (int round = 0; round < rounds; round++) {
            chainTimes.add(millisPerAsset(materialize(chain, 1), 1000));
            fanTimes.add(millisPerAsset(materialize(fanOut, 1), 1000));
            cpu1.add(materialize(cpu, 1));
            cpu2.add(materialize(cpu, 2));
            // the two DuckDB sides alternate, each on a new file
            durable.add(millisPerAsset(materializeOnDuckDb(duckDbChain, directory, round, true), DUCKDB_CHAIN));
            inMemoryHistory.add(millisPerAsset(materializeOnDuckDb(duckDbChain, directory, round, false),
                    DUCKDB_CHAIN));
            System.out.printf("  orchestration round %d: chain %.3f ms/asset, fan-out %.3f ms/asset,"
                    + " cpu p1 %.2f s, p2 %.2f s, DuckDB chain %.3f ms/asset (history in the file) vs %.3f"
                    + " (in memory)%n", round + 1, chainTimes.get(round), fanTimes.get(round), cpu1.get(round),
                    cpu2.get(round), durable.get(round), inMemoryHistory.get(round));
        }
        double c1 = Timing.median(cpu1);
        double c2 = Timing.median(cpu2);
        return new Figures(Timing.median(chainTimes), Timing.median(fanTimes), c1 / c2, c1, c2,
                Timing.median(durable), Timing.median(inMemoryHistory));
    }

    /** Seconds to materialize {@code graph} into a new DuckDB file, its history there or in memory. */
    private static double materializeOnDuckDb(AssetGraph graph, java.nio.file.Path directory, int round,
            boolean durableHistory) {
        String url = "jdbc:duckdb:" + directory.resolve("chain-" + round + (durableHistory ? "-durable" : "-memory")
                + ".duckdb");
        Materializer.Builder builder = Materializer.builder(graph).url(url).parallelism(1);
        if (!durableHistory) {
            builder.runHistory(new dev.assetflow.runtime.InMemoryRunHistory());
        }
        return materialize(builder);
    }

    private static double millisPerAsset(double seconds, int assets) {
        return seconds * 1000 / assets;
    }

    /** Seconds to materialize the whole graph. */
    private static double materialize(AssetGraph graph, int parallelism) {
        try (InMemoryIOManager io = new InMemoryIOManager()) {
            return materialize(Materializer.builder(graph).ioManager("default", io).parallelism(parallelism));
        }
    }

    /** Seconds to materialize everything with the materializer {@code builder} builds. */
    private static double materialize(Materializer.Builder builder) {
        try (Materializer materializer = builder.build()) {
            long start = System.nanoTime();
            MaterializeResult result = materializer.materializeAll();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result.isSuccess()) {
                throw new IllegalStateException(result.toString());
            }
            return seconds;
        }
    }

    private static AssetGraph chain(int size) {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        assets.add(source("a0"));
        for (int i = 1; i < size; i++) {
            assets.add(child("a" + i, "a" + (i - 1)));
        }
        return AssetGraph.of(assets);
    }

    private static AssetGraph fanOut(int size) {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        assets.add(source("root"));
        for (int i = 1; i < size; i++) {
            assets.add(child("leaf" + i, "root"));
        }
        return AssetGraph.of(assets);
    }

    private static AssetGraph independentCpuBound(int size) {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            assets.add(AssetDefinition.builder("cpu" + i, TICK)
                    .computation(in -> Rows.of(List.of(new Tick(spin(60_000_000L))))).build());
        }
        return AssetGraph.of(assets);
    }

    private static AssetDefinition<Tick> source(String key) {
        return AssetDefinition.builder(key, TICK).computation(in -> Rows.of(List.of(new Tick(1)))).build();
    }

    private static AssetDefinition<Tick> child(String key, String upstream) {
        return AssetDefinition.builder(key, TICK).input(upstream, "up", TICK)
                .computation(in -> Rows.of(List.of(new Tick(in.list(0, TICK).get(0).value() + 1)))).build();
    }

    /** CPU-bound work whose result is used, so the JIT cannot drop it. */
    private static long spin(long iterations) {
        long x = 0x9E3779B97F4A7C15L;
        for (long i = 0; i < iterations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
