package dev.assetflow.benchmarks;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.Materializer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CPU of a DuckDB write goes: runs the Assetflow replace (Arrow and Appender paths) and the
 * hand-written Appender loop on a new table several times each and prints, per run, the process CPU time and
 * the CPU time of the Java threads still alive (the rest is DuckDB's worker threads, the finished Arrow
 * insert thread, GC and JIT). Run it
 * under JFR to see the hot frames: {@code java -XX:StartFlightRecording=filename=w.jfr ... WriteProfile}.
 */
public final class WriteProfile {

    /** CPU time of the live Java threads (DuckDB's own worker threads and GC threads are not among them). */
    private static long javaThreadsCpu(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.setProperty("bench.rows", Long.toString(rows));
        Path dir = Files.createTempDirectory("assetflow-profile");
        String url = "jdbc:duckdb:" + dir.resolve("assetflow.duckdb");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Materializer arrow = Pipeline.materializer()
                        .ioManager("default", DuckDbIOManager.builder(url).arrow(true).build()).parallelism(1).build();
                Materializer appender = Pipeline.materializer()
                        .ioManager("default", DuckDbIOManager.builder(url).arrow(false).build()).parallelism(1).build();
                NativeDuckDb nativeDuck = new NativeDuckDb("jdbc:duckdb:" + dir.resolve("native.duckdb"))) {
            for (int run = 0; run < runs; run++) {
                for (String what : new String[] {"arrow", "appender", "native", "generate"}) {
                    long cpu0 = os.getProcessCpuTime();
                    long thread0 = javaThreadsCpu(threads);
                    long start = System.nanoTime();
                    switch (what) {
                        case "arrow" -> arrow.materialize(Pipeline.BENCH_ROWS.name());
                        case "appender" -> appender.materialize(Pipeline.BENCH_ROWS.name());
                        case "native" -> nativeDuck.writeNewTable(rows);
                        default -> {
                            // the rows alone, each text encoded as UTF-8 once: the work both sides share
                            long[] sum = {0};
                            BenchData.stream(rows).forEach(row -> sum[0] += BenchData.checksum(row)
                                    + row.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                            if (sum[0] == 42) {
                                System.out.println();
                            }
                        }
                    }
                    System.out.printf("%-9s wall %.2f s, process CPU %.2f s, live Java threads CPU %.2f s%n", what,
                            (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9,
                            (javaThreadsCpu(threads) - thread0) / 1e9);
                }
            }
        }
    }
}
