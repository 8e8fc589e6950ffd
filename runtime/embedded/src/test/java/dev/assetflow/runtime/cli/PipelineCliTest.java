package dev.assetflow.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetCheckDefinition;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.CheckResult;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.internal.Rows;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line against real DuckDB files, with output captured. */
class PipelineCliTest {

    /** {@code record Order(long id, String region, double amount, LocalDate day)}. */
    public record Order(long id, String region, double amount, LocalDate day) {
        public static final RowType<Order> ROW_TYPE = RowType.of("Order",
                List.of(Column.of("id", ColumnType.BIGINT, false), Column.of("region", ColumnType.VARCHAR, false),
                        Column.of("amount", ColumnType.DOUBLE, false), Column.of("day", ColumnType.DATE, false)),
                (row, sink) -> {
                    sink.putLong(row.id());
                    sink.putString(row.region());
                    sink.putDouble(row.amount());
                    sink.putDate(row.day());
                },
                source -> new Order(source.getLong(0), source.getString(1), source.getDouble(2), source.getDate(3)));
    }

    @TempDir
    Path directory;

    private boolean negativeAmounts;

    private AssetGraph graph() {
        AssetDefinition<Order> orders = AssetDefinition.builder("orders", Order.ROW_TYPE).group("sales")
                .description("Orders as delivered").codeVersion("aaaa1111")
                .computation(in -> LongStream.rangeClosed(1, 25_000).mapToObj(i -> new Order(i, i % 2 == 0 ? "eu" : "us",
                        negativeAmounts && i == 7 ? -1.0 : 1.0, LocalDate.of(2024, 1, 1 + (int) (i % 5)))))
                .build();
        AssetDefinition<Order> daily = AssetDefinition.builder("daily_orders", Order.ROW_TYPE).group("sales")
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-05"))
                .input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> {
                    LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
                    return in.stream(0, Order.ROW_TYPE).filter(o -> o.day().equals(day));
                }).build();
        AssetDefinition<Order> eu = AssetDefinition.builder("eu_orders", Order.ROW_TYPE).group("regions")
                .input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> in.stream(0, Order.ROW_TYPE).filter(o -> o.region().equals("eu"))).build();
        AssetCheckDefinition positive = AssetCheckDefinition.builder("positive_amounts", "orders").blocking(true)
                .description("no order has a negative amount").input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> {
                    long negative = in.stream(0, Order.ROW_TYPE).filter(o -> o.amount() < 0).count();
                    return (negative == 0 ? CheckResult.passed("all amounts positive")
                            : CheckResult.failed(negative + " negative amounts")).withMetadata("negative", negative);
                }).build();
        return AssetGraph.of(List.of(orders, daily, eu), List.of(positive));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        String url = "jdbc:duckdb:" + directory.resolve("w.duckdb");
        List<String> withUrl = new java.util.ArrayList<>(List.of(args));
        if (args.length > 0 && !args[0].equals("graph") && !List.of(args).contains("--help")) {
            withUrl.add("--url");
            withUrl.add(url);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(graph(), builder -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(withUrl.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void materializePrintsAProgressLinePerAssetAndItsChecksAndExitsZero() {
        Run run = run("materialize", "--select", "orders eu_orders");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("orders\\s+MATERIALIZED\\s+25,000 rows\\s+[\\d,]+ rows/s\\s+[\\d.]+ s")
                .containsPattern("eu_orders\\s+MATERIALIZED\\s+12,500 rows")
                .contains("check positive_amounts", "PASSED  all amounts positive")
                .contains("2 materialized, 0 failed, 0 skipped, 37,500 rows");
    }

    @Test
    void aFailingBlockingCheckExitsOneAndSkipsTheDownstream() {
        negativeAmounts = true;
        Run run = run("materialize", "--select", "orders+", "--partition", "2024-01-02");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("orders, eu_orders are not partitioned");

        Run all = run("materialize", "--select", "orders eu_orders");
        assertThat(all.exitCode()).isEqualTo(PipelineCli.FAILED);
        assertThat(all.out()).contains("FAILED  1 negative amounts")
                .containsPattern("eu_orders\\s+SKIPPED\\s+blocking check 'positive_amounts' of 'orders' failed");
    }

    @Test
    void partitionsAndBackfillsFromTheCommandLine() {
        assertThat(run("materialize", "--select", "orders").exitCode()).isZero();

        Run one = run("materialize", "--select", "daily_orders", "--partition", "2024-01-03");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("partition 2024-01-03").containsPattern("daily_orders \\[2024-01-03\\]\\s+MATERIALIZED\\s+5,000 rows");

        Run backfill = run("materialize", "--select", "daily_orders", "--from", "2024-01-01", "--to", "2024-01-05");
        assertThat(backfill.exitCode()).as(backfill.err()).isZero();
        assertThat(backfill.out()).contains("already done (use --force to redo): 2024-01-03")
                .contains("4 partitions run, 1 already done, 20,000 rows");

        Run unknown = run("materialize", "--select", "daily_orders", "--partition", "2024-02-01");
        assertThat(unknown.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(unknown.err()).contains("unknown partition '2024-02-01': outside the partitions 2024-01-01 to"
                + " 2024-01-05");
    }

    @Test
    void usageErrorsExitTwoWithSuggestions() {
        Run typo = run("materialize", "--select", "+eu_order");
        assertThat(typo.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(typo.err()).contains("no asset named 'eu_order' (did you mean 'eu_orders'?)");

        Run both = run("materialize", "--partition", "2024-01-01", "--from", "2024-01-01", "--to", "2024-01-02");
        assertThat(both.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(both.err()).contains("--partition and --from/--to exclude each other");

        Run unknownOption = run("materialize", "--selekt", "orders");
        assertThat(unknownOption.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(unknownOption.err()).contains("Unknown options: '--selekt'");

        assertThat(run("history", "eu_order").err()).contains("did you mean 'eu_orders'?");
    }

    @Test
    void storageThatCannotBeOpenedExitsThree() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(graph(), builder -> { });
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        int code = commandLine.execute("materialize", "--url", "jdbc:nosuchdb://x");
        assertThat(code).isEqualTo(PipelineCli.CONFIGURATION);
        assertThat(err.toString()).contains("unsupported storage URL starting with 'jdbc:nosuchdb:'");
    }

    @Test
    void staleListHistoryChecksAndGraph() {
        Run stale = run("materialize", "--stale");
        assertThat(stale.exitCode()).as(stale.err()).isZero();
        assertThat(stale.out()).containsPattern("orders\\s+STALE: never materialized");

        Run list = run("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern("orders\\s+sales\\s+MATERIALIZED\\s+Orders as delivered")
                .containsPattern("daily_orders\\s+sales\\s+daily 2024-01-01..2024-01-05\\s+orders\\s+");

        Run history = run("history", "orders", "--limit", "5");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).containsPattern("orders\\s+MATERIALIZED\\s+25,000\\s+\\d+\\s+1\\s+aaaa1111");

        Run checks = run("checks");
        assertThat(checks.out()).containsPattern("orders\\s+positive_amounts\\s+yes\\s+no order has a negative amount"
                + "\\s+PASSED\\s+all amounts positive \\(negative=0\\)");

        assertThat(run("graph").out()).contains("flowchart LR", "orders --> daily_orders", "orders --> eu_orders");
        assertThat(run("graph", "--format", "dot").out()).contains("digraph assets {", "\"orders\" -> \"eu_orders\";");
    }

    @Test
    void missingResourcesStopMaterializeWithExitThreeButNotTheReadOnlyCommands() throws Exception {
        AssetGraph needsClock = AssetGraph.of(List.of(AssetDefinition.builder("stamped", Order.ROW_TYPE)
                .resource(java.time.Clock.class)
                .computation(in -> Stream.of(new Order(1, "eu", 1.0, LocalDate.now(in.resource(java.time.Clock.class)))))
                .build()));
        String url = "jdbc:duckdb:" + directory.resolve("w.duckdb");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(needsClock, builder -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("materialize", "--url", url)).isEqualTo(PipelineCli.CONFIGURATION);
        assertThat(err.toString()).contains("java.time.Clock needed by asset 'stamped'");
        java.sql.DriverManager.getConnection(url).close(); // a database that exists, with nothing in it yet
        assertThat(commandLine.execute("list", "--url", url)).isZero();
        assertThat(out.toString()).containsPattern("stamped\\s+default\\s+never");

        CommandLine configured = PipelineCli.commandLine(needsClock,
                builder -> builder.resource(java.time.Clock.class, java.time.Clock.systemUTC()));
        configured.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(configured.execute("materialize", "--url", url)).isZero();
    }

    @Test
    void helpExplainsCommandsAndExitCodes() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("materialize", "history", "Exit codes:", "configuration or storage error");

        Run materializeHelp = run("materialize", "--help");
        assertThat(materializeHelp.out()).contains("--select=EXPR", "+key         it and everything upstream",
                "--from=KEY", "--stale", "Exit codes:");
    }
}
