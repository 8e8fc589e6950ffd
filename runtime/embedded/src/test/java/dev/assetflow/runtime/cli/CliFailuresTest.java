package dev.assetflow.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetCheckDefinition;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.CheckResult;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.cli.PipelineCliTest.Order;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the command line tells a user what went wrong (and what did not run), by exit code and output. */
class CliFailuresTest {

    @TempDir
    Path directory;

    record Run(int exitCode, String out, String err) {
    }

    private String url() {
        return "jdbc:duckdb:" + directory.resolve("w.duckdb");
    }

    static Run run(AssetGraph graph, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(graph, builder -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(AssetGraph graph, List<String> args) {
        List<String> withUrl = new ArrayList<>(args);
        withUrl.add("--url");
        withUrl.add(url());
        return run(graph, withUrl.toArray(String[]::new));
    }

    private static AssetDefinition<Order> orders() {
        return AssetDefinition.builder("orders", Order.ROW_TYPE)
                .computation(in -> Stream.of(new Order(1, "eu", 2.5, LocalDate.of(2024, 1, 1)))).build();
    }

    @Test
    void aFailureIsPrintedWholeWithTheSchemaDiffColumnByColumn() throws Exception {
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id BIGINT NOT NULL, region VARCHAR NOT NULL, total DECIMAL(10,2),"
                    + " day DATE NOT NULL)");
        }
        Run run = run(AssetGraph.of(List.of(orders())), List.of("materialize"));

        assertThat(run.exitCode()).isEqualTo(PipelineCli.FAILED);
        assertThat(run.out()).containsPattern("orders failed:\\n  SchemaMismatchException: asset 'orders': table"
                        + " .*orders does not match the asset's row type; nothing was changed.\\n")
                .containsPattern("\\n\\s+column\\s+expected \\(row type\\)\\s+found \\(table\\)\\n")
                .containsPattern("\\n\\s+amount\\s+DOUBLE NOT NULL\\s+\\(missing\\)\\n")
                .containsPattern("\\n\\s+total\\s+\\(not in the row type\\)\\s+DECIMAL\\(10,2\\)");
    }

    @Test
    void aFailedNonBlockingCheckIsListedOnceInTheSummary() {
        AssetCheckDefinition check = AssetCheckDefinition.builder("few_orders", "orders").blocking(false)
                .computation(in -> CheckResult.failed("too few orders: 1")).build();
        Run run = run(AssetGraph.of(List.of(orders()), List.of(check)), List.of("materialize"));

        assertThat(run.exitCode()).isEqualTo(PipelineCli.FAILED);
        String summary = run.out().substring(run.out().indexOf("asset  "));
        assertThat(summary.split("too few orders: 1", -1)).hasSize(2);
        assertThat(summary).contains("check orders:few_orders FAILED: too few orders: 1");
    }

    /** A source asset {@code erp_orders}, {@code orders} copying it, and {@code daily} partitioned by day. */
    private static AssetGraph withSourceAndPartitions() {
        AssetDefinition<Order> erp = AssetDefinition.source("erp_orders", Order.ROW_TYPE).build();
        AssetDefinition<Order> copy = AssetDefinition.builder("orders", Order.ROW_TYPE)
                .input("erp_orders", "erp_orders", Order.ROW_TYPE)
                .computation(in -> in.stream(0, Order.ROW_TYPE)).build();
        AssetDefinition<Order> daily = AssetDefinition.builder("daily", Order.ROW_TYPE)
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-03"))
                .computation(in -> {
                    String day = in.context().partitionKey().orElseThrow();
                    if (day.equals("2024-01-02")) {
                        throw new IllegalStateException("no feed for " + day);
                    }
                    return Stream.of(new Order(1, "eu", 1.0, LocalDate.parse(day)));
                }).build();
        return AssetGraph.of(List.of(erp, copy, daily));
    }

    @Test
    void selectingOnlySourceAssetsIsAUsageErrorThatSaysWhy() {
        Run run = run(withSourceAndPartitions(), List.of("materialize", "--select", "erp_orders"));

        assertThat(run.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(run.err()).contains("error: nothing to materialize: 'erp_orders' selects only source assets"
                + " (erp_orders), which are written elsewhere and only read; select the assets that read them,"
                + " e.g. 'erp_orders+'");
        assertThat(run.out()).doesNotContain("run ");
    }

    @Test
    void aSourceAssetInASelectionIsNamedAsNotRun() throws Exception {
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE erp_orders (id BIGINT NOT NULL, region VARCHAR NOT NULL,"
                    + " amount DOUBLE NOT NULL, day DATE NOT NULL)");
            statement.execute("INSERT INTO erp_orders VALUES (1, 'eu', 2.0, DATE '2024-01-01')");
        }
        Run run = run(withSourceAndPartitions(), List.of("materialize", "--select", "erp_orders+"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("not run: erp_orders (source asset: written elsewhere, only read)\n")
                .contains("run ").contains(": 1 asset\n").containsPattern("orders\\s+MATERIALIZED\\s+1 rows");
    }

    @Test
    void aPartitionWithoutSelectionNamesTheUnpartitionedAssetsItLeavesOut() {
        Run run = run(withSourceAndPartitions(), List.of("materialize", "--partition", "2024-01-01"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("not run: orders (not partitioned: --partition runs only partitioned"
                + " assets; materialize it without it)\n").containsPattern("daily \\[2024-01-01\\]\\s+MATERIALIZED");
    }

    @Test
    void aBackfillSummaryCountsInWordsAndNamesOnlyFailedPartitions() {
        Run one = run(withSourceAndPartitions(), List.of("materialize", "--select", "daily", "--from", "2024-01-01",
                "--to", "2024-01-01"));
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("1 partition run, 0 already done, 1 row in ").doesNotContain("failed: []");

        Run failing = run(withSourceAndPartitions(), List.of("materialize", "--from", "2024-01-01", "--to",
                "2024-01-03"));
        assertThat(failing.exitCode()).isEqualTo(PipelineCli.FAILED);
        assertThat(failing.out()).startsWith("not run: orders (not partitioned: --from/--to runs only partitioned"
                        + " assets; materialize it without it)\n")
                .contains("2 partitions run (1 failed: 2024-01-02), 1 already done, 1 row in ")
                .contains("daily [2024-01-02] failed:\n  IllegalStateException: no feed for 2024-01-02");
    }

    @Test
    void partitionsThatDifferOnlyInTheirColumnNameTheColumns() {
        AssetDefinition<Order> a = AssetDefinition.builder("a", Order.ROW_TYPE)
                .partitions(Partitions.daily("day", "2024-01-01", "2024-03-31"))
                .computation(in -> Stream.empty()).build();
        AssetDefinition<Order> b = AssetDefinition.builder("b", Order.ROW_TYPE)
                .partitions(Partitions.daily("region", "2024-01-01", "2024-03-31"))
                .computation(in -> Stream.empty()).build();
        Run run = run(AssetGraph.of(List.of(a, b)), List.of("materialize", "--select", "a b", "--partition",
                "2024-01-02"));

        assertThat(run.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(run.err()).contains("asset 'a' is partitioned daily 2024-01-01..2024-03-31 on column 'day' but"
                + " asset 'b' daily 2024-01-01..2024-03-31 on column 'region'; select assets partitioned the same way");
    }

    @Test
    void readOnlyCommandsNeverCreateStorageAndNameTheMissingPath() {
        Path typo = directory.resolve("typo");
        String url = "jdbc:duckdb:" + typo.resolve("warehuse.duckdb");
        for (List<String> command : List.of(List.of("list"), List.of("history"), List.of("history", "orders"),
                List.of("checks"), List.of("show", "orders"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--url", url));
            Run run = run(AssetGraph.of(List.of(orders())), args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.out() + run.err()).isEqualTo(PipelineCli.CONFIGURATION);
            assertThat(run.err()).as(command.toString()).contains("error: no DuckDB database at "
                    + typo.resolve("warehuse.duckdb").toAbsolutePath().normalize());
            assertThat(run.out()).as(command.toString()).doesNotContain("(none yet)");
            assertThat(typo).as(command + " created nothing").doesNotExist();
        }
    }
}
