package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.assetflow.runtime.io.InMemoryIOManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {

    private final SalesGraph sales = new SalesGraph();

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:duckdb:" + directory.resolve("w.duckdb");
    }

    @Test
    void runsAndMaterializationsAreRecordedInTheDuckDbFileAndSurviveReopening() {
        String runId;
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).build()) {
            runId = materializer.materialize(AssetSelection.parse("+sales_summary")).runId();
        }
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).build()) {
            List<RunRecord> runs = materializer.runs(10);
            assertThat(runs).hasSize(1);
            RunRecord run = runs.get(0);
            assertThat(run.runId()).isEqualTo(runId);
            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.selection()).isEqualTo("+sales_summary");
            assertThat(run.materialized()).isEqualTo(3);
            assertThat(run.rows()).isEqualTo(3 + 3 + 2);
            assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());

            List<MaterializationRecord> clean = materializer.history("clean_sales");
            assertThat(clean).hasSize(1);
            MaterializationRecord record = clean.get(0);
            assertThat(record.runId()).isEqualTo(runId);
            assertThat(record.status()).isEqualTo(AssetStatus.MATERIALIZED);
            assertThat(record.rows()).isEqualTo(3);
            assertThat(record.columns()).isEqualTo("id,owner,amount,day");
            assertThat(record.codeVersion()).isEqualTo("v1");
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.error()).isNull();
            assertThat(materializer.history()).extracting(MaterializationRecord::asset)
                    .containsExactlyInAnyOrder("raw_sales", "clean_sales", "sales_summary");
        }
    }

    @Test
    void failuresAreRecordedWithTheirErrorTextAndSkippedDownstream() {
        sales.rawRows = List.of(new Sale(1, null, 1.0, SalesGraph.DAY));
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class);

            MaterializationRecord raw = materializer.history("raw_sales").get(0);
            assertThat(raw.status()).isEqualTo(AssetStatus.FAILED);
            assertThat(raw.error()).contains("row 1 has null in column 'owner'");
            MaterializationRecord clean = materializer.history("clean_sales").get(0);
            assertThat(clean.status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(clean.error()).isEqualTo("upstream 'raw_sales' failed");
            RunRecord run = materializer.runs(1).get(0);
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.failed()).isEqualTo(1);
            assertThat(run.skipped()).isEqualTo(3);
        }
    }

    @Test
    void withoutAHistoryOfItsOwnTheMaterializerKeepsRunsInMemory() {
        InMemoryIOManager memory = new InMemoryIOManager();
        try (Materializer materializer = Materializer.builder(sales.graph()).ioManager("default", memory).build()) {
            materializer.materialize("raw_sales");
            assertThat(materializer.history("raw_sales")).hasSize(1);
        }
    }

    /** An in-memory history kept apart from the data, that refuses the writes it is told to. */
    private static final class FaultyHistory extends DelegatingRunHistory {
        volatile boolean refuseStarts;
        volatile boolean refuseOutcomes;

        FaultyHistory() {
            super(new InMemoryRunHistory());
        }

        @Override
        public void recordMaterialization(MaterializationRecord materialization) {
            if (refuseOutcomes) {
                throw new AssetflowException("disk full");
            }
            super.recordMaterialization(materialization);
        }

        @Override
        public void recordPending(PendingMaterialization pending) {
            if (refuseStarts) {
                throw new AssetflowException("disk full");
            }
            super.recordPending(pending);
        }
    }

    private static String reason(Materializer materializer, String asset) {
        return materializer.staleness().stream().filter(s -> s.asset().equals(asset)).findFirst().orElseThrow()
                .reason();
    }

    @Test
    void aMaterializationWhoseStartCannotBeRecordedFailsAndLeavesItsTableAsItWas() {
        FaultyHistory history = new FaultyHistory();
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).runHistory(history).build()) {
            materializer.materialize("raw_sales");
            sales.rawRows = List.of(new Sale(9, "zoe", 1.0, SalesGraph.DAY));
            history.refuseStarts = true;

            MaterializeResult result = catchThrowableOfType(() -> materializer.materialize("raw_sales"),
                    MaterializationException.class).result();

            assertThat(result.failed()).singleElement().satisfies(failed -> assertThat(failed.error().orElseThrow())
                    .hasMessage("asset 'raw_sales' was not run, and its table not touched: disk full"));
            assertThat(sales.calls).containsExactly("raw_sales");
            assertThat(materializer.load(AssetKey.<Sale>of("raw_sales"))).extracting(Sale::id)
                    .containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void anOutcomeLostAfterTheRowsWereStoredLeavesTheAssetAndItsDownstreamStale() {
        FaultyHistory history = new FaultyHistory();
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).runHistory(history).build()) {
            materializer.materializeAll();
            sales.rawRows = List.of(new Sale(9, "zoe", 1.0, SalesGraph.DAY));
            history.refuseOutcomes = true;
            String runId = materializer.materialize("raw_sales").runId();
            history.refuseOutcomes = false;
            assertThat(materializer.load(AssetKey.<Sale>of("raw_sales"))).extracting(Sale::id).containsExactly(9L);
            sales.calls.clear();

            assertThat(reason(materializer, "raw_sales")).startsWith("its materialization by run " + runId
                    + ", started at ").endsWith(", recorded no outcome: it is still running, or its process stopped"
                    + " or could not write the history; its rows may have changed");
            assertThat(reason(materializer, "clean_sales")).startsWith("upstream raw_sales is stale (its"
                    + " materialization by run " + runId);
            materializer.materializeStale();

            assertThat(sales.calls).containsExactlyInAnyOrder("raw_sales", "clean_sales", "sales_summary",
                    "marketing_leads");
            assertThat(materializer.staleness()).as("the later success overwrote what the lost one wrote")
                    .noneMatch(Staleness::stale);
        }
    }

    @Test
    void theRecordOfAMaterializationCommitsWithItsRowsInTheDuckDbFile() throws Exception {
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).build()) {
            materializer.materializeAll();
            assertThat(materializer.runHistory().pendingMaterializations()).isEmpty();
        }
        // from now on the history cannot take an outcome: its table is a view that refuses inserts
        try (Connection connection = DriverManager.getConnection(url());
                Statement statement = connection.createStatement()) {
            statement.execute("alter table assetflow_materializations rename to materializations_kept");
            statement.execute("create view assetflow_materializations as select distinct * from materializations_kept");
        }
        sales.rawRows = List.of(new Sale(9, "zoe", 1.0, SalesGraph.DAY));
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).build()) {
            MaterializeResult result = catchThrowableOfType(() -> materializer.materialize("raw_sales"),
                    MaterializationException.class).result();

            assertThat(result.failed()).singleElement().satisfies(failed -> assertThat(failed.error().orElseThrow())
                    .hasMessageContaining("cannot record the materialization of raw_sales in the run history of"
                            + " DuckDB file ")
                    .hasMessageContaining("the write's transaction"));
            assertThat(materializer.load(AssetKey.<Sale>of("raw_sales"))).extracting(Sale::id)
                    .containsExactly(1L, 2L, 3L);
            assertThat(reason(materializer, "raw_sales")).startsWith("its materialization by run "
                    + result.runId());
        }
    }
}
