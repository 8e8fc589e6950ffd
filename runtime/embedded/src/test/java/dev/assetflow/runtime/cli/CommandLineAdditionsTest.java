package dev.assetflow.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import dev.assetflow.runtime.cli.PipelineCliTest.Order;
import dev.assetflow.runtime.RunHistory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --version, show, shell completion, per-asset rows/s and list over a long history. */
class CommandLineAdditionsTest {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:duckdb:" + directory.resolve("w.duckdb");
    }

    static AssetGraph graph() {
        AssetDefinition<Order> orders = AssetDefinition.builder("orders", Order.ROW_TYPE).group("sales")
                .description("Orders as delivered").codeVersion("aaaa1111").method("com.acme.Orders#orders")
                .computation(in -> LongStream.rangeClosed(1, 30).mapToObj(i -> new Order(i, i % 2 == 0 ? "eu" : "us",
                        i * 1.5, LocalDate.of(2024, 1, 1 + (int) (i % 3))))).build();
        AssetDefinition<Order> daily = AssetDefinition.builder("daily_orders", Order.ROW_TYPE).group("sales")
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-03"))
                .input("orders", "orders", Order.ROW_TYPE)
                .computation(in -> {
                    LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
                    return in.stream(0, Order.ROW_TYPE).filter(o -> o.day().equals(day));
                }).build();
        return AssetGraph.of(List.of(orders, daily));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(graph(), builder -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionPrintsTheAssetflowVersion() {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).containsPattern("^Assetflow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R")
                .contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void showPrintsColumnsLastMaterializationAndFirstRows() throws Exception {
        java.sql.DriverManager.getConnection(url()).close(); // a database that exists, nothing materialized yet
        Run never = run("show", "orders", "--url", url());
        assertThat(never.exitCode()).as(never.err()).isZero();
        assertThat(never.out()).contains("status:      STALE: never materialized", "(never materialized)")
                .contains("rows: none readable (");

        assertThat(run("materialize", "--select", "orders", "--url", url()).exitCode()).isZero();
        Run show = run("show", "orders", "--rows", "3", "--url", url());

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("asset:       orders", "description: Orders as delivered",
                        "method:      com.acme.Orders#orders", "downstream:  daily_orders", "code:        aaaa1111")
                .containsPattern("status:      up to date \\(materialized at ")
                .containsPattern("id\\s+BIGINT\\s+no\\n")
                .containsPattern("day\\s+DATE\\s+no\\n")
                .containsPattern("MATERIALIZED\\s+30\\s+\\d+\\s+1\\s+aaaa1111")
                .contains("first 3 rows:")
                .containsPattern("id\\s+region\\s+amount\\s+day\\n1\\s+us\\s+1.5\\s+2024-01-02\\n2\\s+eu\\s+3.0\\s+2024-01-03\\n"
                        + "3\\s+us\\s+4.5\\s+2024-01-01\\n\\n?$");

        Run typo = run("show", "order", "--url", url());
        assertThat(typo.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(typo.err()).contains("no asset named 'order' (did you mean 'orders'?)");
    }

    @Test
    void completionScriptCompletesCommandsAndOptions() {
        Run completion = run("generate-completion");
        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_pipeline", "materialize", "show", "history",
                "--select", "--no-progress");
        assertThat(run("--help").out()).contains("generate-completion", "show");
    }

    @Test
    void listShowsEveryAssetsLastMaterializationHoweverLongTheHistory() {
        try (Materializer materializer = Materializer.builder(graph()).url(url()).build()) {
            materializer.materialize("orders");
            RunHistory history = materializer.runHistory();
            Instant at = Instant.now();
            history.recordRun(new RunRecord("backfill", at, at, RunStatus.SUCCEEDED, "daily_orders", null, 1500, 0,
                    0, 0));
            for (int i = 0; i < 1500; i++) {
                history.recordMaterialization(new MaterializationRecord("backfill", "daily_orders", "p" + i,
                        AssetStatus.MATERIALIZED, 1, "id", 1, "", 1, null, at.plusMillis(i + 1)));
            }
            assertThat(history.latestMaterializations()).extracting(MaterializationRecord::asset, r -> r.partition())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("orders", null),
                            org.assertj.core.groups.Tuple.tuple("daily_orders", "p1499"));
        }
        Run list = run("list", "--url", url());
        assertThat(list.out()).containsPattern("\\norders\\s+sales\\s+MATERIALIZED\\s+Orders as delivered")
                .containsPattern("daily_orders\\s+sales\\s+daily 2024-01-01..2024-01-03\\s+orders\\s+MATERIALIZED \\[p1499\\]");
    }

    @Test
    void historyShowsARunningRunWhoseLeaseRanOutAsAbandonedAndSaysSince() {
        Instant started = Instant.parse("2026-01-05T08:00:00Z");
        Instant leaseEnd = started.plusSeconds(60);
        try (Materializer materializer = Materializer.builder(graph()).url(url()).build()) {
            materializer.materialize("orders");
            RunHistory history = materializer.runHistory();
            history.recordRun(new RunRecord("killed00-run", started, null, RunStatus.RUNNING, "orders", null, 0, 0, 0,
                    0, leaseEnd));
            history.recordRun(new RunRecord("livelive-run", started.plusSeconds(1), null, RunStatus.RUNNING, "orders",
                    null, 0, 0, 0, 0, Instant.now().plusSeconds(3600)));
        }

        Run history = run("history", "--url", url());

        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).containsPattern("\\nkilled00\\s+2026-01-05T08:00:00Z\\s+ABANDONED\\s+orders\\s")
                .containsPattern("\\nlivelive\\s+2026-01-05T08:00:01Z\\s+RUNNING\\s+orders\\s")
                .contains("run killed00 ABANDONED: its process stopped without finishing it; its lease ran out at"
                        + " 2026-01-05T08:01:00Z with no sign of life")
                .doesNotContain("run livelive ABANDONED");
    }

    @Test
    void rowsPerSecondOfTheBarAreMeasuredFromEachAssetsOwnStart() throws InterruptedException {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text, true), true);
        printer.runStarted("r", List.of("first", "second"), null);
        printer.assetStarted("first", null, 1);
        Thread.sleep(1000);
        printer.assetStarted("second", null, 1);
        printer.rowsWritten("second", null, 10_000);

        Matcher rate = Pattern.compile("second 10,000 rows \\(([\\d,]+) rows/s\\)").matcher(text.toString());
        assertThat(rate.find()).as(text.toString()).isTrue();
        // Measured from the first asset's start it would be under 10,000 rows/s.
        assertThat(Long.parseLong(rate.group(1).replace(",", ""))).isGreaterThan(100_000);
    }

    @Test
    void unknownCommandListsTheCommands() {
        Run none = run();
        assertThat(none.exitCode()).isEqualTo(PipelineCli.USAGE);
        assertThat(none.err()).contains("missing command: one of materialize, list, graph, history, checks, show");
    }

    /** Materializes 60,000 rows so that a progress bar has something to draw; used through a terminal. */
    public static void main(String[] args) {
        AssetGraph big = AssetGraph.of(List.of(AssetDefinition.builder("orders", Order.ROW_TYPE)
                .computation(in -> Stream.iterate(1L, i -> i + 1).limit(60_000)
                        .map(i -> new Order(i, "eu", 1.0, LocalDate.of(2024, 1, 1)))).build()));
        System.exit(PipelineCli.execute(big, args));
    }
}
