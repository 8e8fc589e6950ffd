package dev.assetflow.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The end-to-end job (a CSV of sales → raw_sales → clean_sales → owner_totals and daily_totals) as an
 * Assetflow pipeline and as a Spring Batch job on the same database, rotating in one JVM; checks that both
 * produce the same totals.
 */
final class JobBenchmark {

    static final String ASSETFLOW = "Assetflow pipeline";
    static final String SPRING_BATCH = "Spring Batch job";

    private JobBenchmark() {
    }

    /**
     * @param url the database, as Assetflow's URL
     * @param batchUrl the same database for Spring Batch's pool (with the driver's batch tuning)
     * @param chunk Spring Batch's chunk size
     */
    static Map<String, Rotation.Result> run(String name, String url, String batchUrl, Properties driver, String textType,
            int chunk, Path csv, int rounds) throws Exception {
        System.setProperty("bench.salesCsv", csv.toString());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(batchUrl);
        config.setDataSourceProperties(driver);
        config.setMaximumPoolSize(4);
        try (Materializer materializer = Pipeline.materializer().url(url).build();
                HikariDataSource pool = new HikariDataSource(config)) {
            SpringBatchSalesJob job = new SpringBatchSalesJob(pool, textType, chunk, 10_000);
            Map<String, Rotation.Result> results = Rotation.run(name + " job", rounds, List.of(
                    Rotation.Case.of(ASSETFLOW, () -> assetflow(materializer)),
                    Rotation.Case.of(SPRING_BATCH, () -> job.run(csv))), false);
            try (Connection connection = pool.getConnection()) {
                same(connection, "owner_totals", "sb_owner_totals");
                same(connection, "daily_totals", "sb_daily_totals");
                same(connection, "clean_sales", "sb_clean_sales");
            }
            return results;
        }
    }

    /** Materializes the four assets; returns the raw rows loaded. */
    static long assetflow(Materializer materializer) {
        MaterializeResult result = materializer.materialize(Pipeline.RAW_SALES.name(), Pipeline.CLEAN_SALES.name(),
                Pipeline.OWNER_TOTALS.name(), Pipeline.DAILY_TOTALS.name());
        if (!result.isSuccess()) {
            throw new IllegalStateException("materialization failed:\n" + result);
        }
        return result.assets().stream().filter(a -> a.key().equals(Pipeline.RAW_SALES.name())).findFirst()
                .orElseThrow().rows();
    }

    /** Fails unless both tables hold the same row count and the same sum of their numeric columns. */
    private static void same(Connection connection, String mine, String theirs) throws Exception {
        List<String> figures = new ArrayList<>();
        for (String table : List.of(mine, theirs)) {
            String sums = switch (mine) {
                case "clean_sales" -> "count(*), sum(id), cast(sum(amount) as decimal(38, 2)), count(distinct owner)";
                default -> "count(*), sum(sales), cast(sum(total) as decimal(38, 2)), 0";
            };
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select " + sums + " from " + table)) {
                rs.next();
                figures.add(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getBigDecimal(3) + "/" + rs.getLong(4));
            }
        }
        if (!figures.get(0).equals(figures.get(1))) {
            throw new IllegalStateException(mine + " differs from " + theirs + ": " + figures);
        }
        System.out.println("  " + mine + " = " + theirs + ": " + figures.get(0));
    }
}
