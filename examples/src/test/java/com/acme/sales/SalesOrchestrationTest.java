package com.acme.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.CheckOutcome;
import dev.assetflow.runtime.CheckStatus;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.cli.PipelineCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sales example's daily partitions, its blocking check and its command line, on a DuckDB file. */
class SalesOrchestrationTest {

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void materializeEverythingOnce() {
        url = "jdbc:duckdb:" + dir.resolve("warehouse.duckdb");
        try (Materializer materializer = Pipeline.materializer().url(url).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.checks()).singleElement().satisfies(check -> {
                assertThat(check.check()).isEqualTo("no_negative_amounts");
                assertThat(check.asset()).isEqualTo("clean_sales_data");
                assertThat(check.status()).isEqualTo(CheckStatus.PASSED);
                assertThat(check.blocking()).isTrue();
                assertThat(check.metadata()).containsEntry("rows", 12).containsEntry("negative", 0L);
            });
        }
    }

    @Test
    void materializingOneDayReplacesOnlyThatDaysRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("delete from daily_owner_totals where day = date '2024-01-03'");
            statement.execute("update daily_owner_totals set total = -1 where day = date '2024-01-04'");
        }

        try (Materializer materializer = Pipeline.materializer().url(url).build()) {
            MaterializeResult result = materializer.materialize(AssetSelection.parse("daily_owner_totals"), "2024-01-03");
            assertThat(result.assets()).singleElement().satisfies(asset -> assertThat(asset.rows()).isEqualTo(2));
        }

        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(rows(connection, "select owner, total from daily_owner_totals where day = date '2024-01-03'"
                    + " order by owner")).containsExactly("alice 42.25", "carol 0.0");
            assertThat(rows(connection, "select owner, total from daily_owner_totals where day = date '2024-01-04'"
                    + " order by owner")).containsExactly("bob -1.0", "dave -1.0");
        }
    }

    @Test
    void aDayOutsideThePartitionsIsRefusedWithTheValidRange() {
        try (Materializer materializer = Pipeline.materializer().url(url).build()) {
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.parse("daily_owner_totals"), "2024-02-03"))
                    .isInstanceOf(AssetflowException.class)
                    .hasMessageContaining("2024-02-03")
                    .hasMessageContaining("2024-01-02 to 2024-01-07");
        }
    }

    @Test
    void theCheckIsRecordedInTheHistory() {
        try (Materializer materializer = Pipeline.materializer().url(url).build()) {
            assertThat(materializer.checkHistory("clean_sales_data")).isNotEmpty()
                    .allSatisfy(record -> assertThat(record.status()).isEqualTo(CheckStatus.PASSED));
        }
    }

    @Test
    void theCommandLineMaterializesASelectionAndExplainsMistakes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PipelineCli.commandLine(Pipeline.graph(), builder -> { });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("materialize", "--url", url, "--select", "+sales_summary")).isEqualTo(PipelineCli.OK);
        assertThat(out.toString()).contains("raw_sales_data", "clean_sales_data", "sales_summary")
                .doesNotContain("daily_owner_totals");

        assertThat(cli.execute("materialize", "--url", url, "--select", "clean_sale_data")).isEqualTo(PipelineCli.USAGE);
        assertThat(err.toString()).contains("did you mean 'clean_sales_data'?");

        out.getBuffer().setLength(0);
        assertThat(cli.execute("graph")).isEqualTo(PipelineCli.OK);
        assertThat(out.toString()).contains("clean_sales_data --> daily_owner_totals",
                "clean_sales_data --> sales_summary");
    }

    @Test
    void theCommandLineShowsTheSqlAssetAndItsStatementWithoutRunningIt() throws SQLException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PipelineCli.commandLine(Pipeline.graph(), builder -> { });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        long runsBefore = runs();
        assertThat(cli.execute("sql", "owner_stats", "--url", url)).isEqualTo(PipelineCli.OK);
        assertThat(out.toString().strip()).isEqualTo("insert into \"main\".\"owner_stats\" (\"owner\", \"sales\","
                + " \"total\") select \"main\".\"clean_sales_data\".\"owner\", count(*),"
                + " sum(\"main\".\"clean_sales_data\".\"amount\") from \"main\".\"clean_sales_data\""
                + " group by \"main\".\"clean_sales_data\".\"owner\";");
        assertThat(runs()).as("sql starts no run").isEqualTo(runsBefore);

        assertThat(cli.execute("sql", "sales_summary", "--url", url)).isEqualTo(PipelineCli.USAGE);
        assertThat(err.toString()).contains("asset 'sales_summary' is not a SQL asset: it is computed in Java by"
                + " com.acme.sales.SalesAssets#salesSummary");

        out.getBuffer().setLength(0);
        assertThat(cli.execute("list", "--url", url)).isEqualTo(PipelineCli.OK);
        assertThat(out.toString()).contains("owner_stats (SQL)").doesNotContain("sales_summary (SQL)");

        out.getBuffer().setLength(0);
        assertThat(cli.execute("graph")).isEqualTo(PipelineCli.OK);
        assertThat(out.toString()).contains("owner_stats[\"owner_stats<br/>SQL\"]",
                "clean_sales_data --> owner_stats");
    }

    private long runs() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from assetflow_runs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getDouble(2));
            }
        }
        return rows;
    }
}
