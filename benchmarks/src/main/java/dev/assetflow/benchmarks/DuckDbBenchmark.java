package dev.assetflow.benchmarks;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * DuckDB: Assetflow's first write and replace of a 1M-row asset, with the Arrow path and with the Appender
 * path, against the fastest hand-written Appender loop (the table created in the append's transaction) and
 * the plain loop into an existing table; Assetflow's reads against DuckDB's Arrow export turned into records
 * by hand and a JDBC ResultSet loop. All cases rotate in one JVM.
 */
final class DuckDbBenchmark {

    static final String FIRST_ARROW = "first write (Arrow)";
    static final String FIRST_APPENDER = "first write (Appender)";
    static final String REPLACE_ARROW = "replace (Arrow)";
    static final String REPLACE_APPENDER = "replace (Appender)";
    static final String NATIVE_NEW = "Appender loop, new table";
    static final String NATIVE_EXISTING = "Appender loop, existing table";
    static final String READ_ARROW = "read (Arrow)";
    static final String READ_JDBC = "read (JDBC)";
    static final String NATIVE_ARROW_READ = "Arrow export -> records";
    static final String NATIVE_JDBC_READ = "ResultSet loop";

    record Figures(Map<String, Rotation.Result> writes, Map<String, Rotation.Result> reads) {
    }

    private DuckDbBenchmark() {
    }

    static Figures run(Path dir, int rounds) throws Exception {
        String file = dir.resolve("assetflow.duckdb").toString();
        String url = "jdbc:duckdb:" + file;
        Properties same = new Properties();
        same.setProperty("jdbc_stream_results", "true");
        try (Materializer arrow = Pipeline.materializer()
                        .ioManager("default", DuckDbIOManager.builder(url).arrow(true).build()).parallelism(1).build();
                Materializer appender = Pipeline.materializer()
                        .ioManager("default", DuckDbIOManager.builder(url).arrow(false).build()).parallelism(1).build();
                NativeDuckDb nativeDuck = new NativeDuckDb("jdbc:duckdb:" + dir.resolve("native.duckdb"));
                Connection side = DriverManager.getConnection(url, same)) {
            Timing.Work drop = () -> {
                try (Statement statement = side.createStatement()) {
                    statement.execute("drop table if exists main.bench_rows");
                }
                return 0;
            };
            Timing.Work ensure = () -> {
                try (Statement statement = side.createStatement();
                        ResultSet rs = statement.executeQuery("select count(*) from information_schema.tables"
                                + " where table_schema = 'main' and table_name = 'bench_rows'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        write(appender);
                    }
                }
                return 0;
            };
            Map<String, Rotation.Result> writes = Rotation.run("DuckDB write", rounds, List.of(
                    new Rotation.Case(FIRST_ARROW, drop, () -> write(arrow)),
                    new Rotation.Case(FIRST_APPENDER, drop, () -> write(appender)),
                    new Rotation.Case(REPLACE_ARROW, ensure, () -> write(arrow)),
                    new Rotation.Case(REPLACE_APPENDER, ensure, () -> write(appender)),
                    Rotation.Case.of(NATIVE_NEW, () -> nativeDuck.writeNewTable(BenchData.rows())),
                    Rotation.Case.of(NATIVE_EXISTING, () -> nativeDuck.write(BenchData.rows()))));
            ensure.run();
            Checksum expected = nativeDuck.read();
            for (Materializer materializer : List.of(arrow, appender)) {
                Checksum got = checksum(materializer);
                if (!expected.equals(got)) {
                    throw new IllegalStateException("DuckDB: the pipeline read " + got + ", native " + expected);
                }
            }
            if (!expected.equals(nativeDuck.readArrow())) {
                throw new IllegalStateException("DuckDB: the Arrow export read " + nativeDuck.readArrow());
            }
            Map<String, Rotation.Result> reads = Rotation.run("DuckDB read", rounds, List.of(
                    Rotation.Case.of(READ_ARROW, () -> checksum(arrow).rows()),
                    Rotation.Case.of(READ_JDBC, () -> checksum(appender).rows()),
                    Rotation.Case.of(NATIVE_ARROW_READ, () -> nativeDuck.readArrow().rows()),
                    Rotation.Case.of(NATIVE_JDBC_READ, () -> nativeDuck.read().rows())));
            return new Figures(writes, reads);
        }
    }

    private static long write(Materializer materializer) {
        return materialized(materializer.materialize(Pipeline.BENCH_ROWS.name()));
    }

    private static Checksum checksum(Materializer materializer) {
        materialized(materializer.materialize(Pipeline.BENCH_CHECKSUM.name()));
        return materializer.load(Pipeline.BENCH_CHECKSUM).get(0);
    }

    private static long materialized(MaterializeResult result) {
        if (!result.isSuccess()) {
            throw new IllegalStateException("materialization failed:\n" + result);
        }
        return result.assets().get(0).rows();
    }
}
