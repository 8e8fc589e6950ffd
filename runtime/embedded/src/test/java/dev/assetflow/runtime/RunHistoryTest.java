package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.InMemoryIOManager;
import java.nio.file.Path;
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

    @Test
    void aHistoryThatCannotBeWrittenDoesNotFailTheRun() {
        RunHistory broken = new InMemoryRunHistory();
        RunHistory failing = new RunHistory() {
            @Override
            public void recordRun(RunRecord run) {
                throw new AssetflowException("disk full");
            }

            @Override
            public void recordMaterialization(MaterializationRecord materialization) {
                throw new AssetflowException("disk full");
            }

            @Override
            public void recordCheck(CheckRecord check) {
                throw new AssetflowException("disk full");
            }

            @Override
            public List<RunRecord> runs(int limit) {
                return broken.runs(limit);
            }

            @Override
            public List<MaterializationRecord> materializations(String asset, int limit) {
                return broken.materializations(asset, limit);
            }

            @Override
            public List<CheckRecord> checks(String asset, int limit) {
                return broken.checks(asset, limit);
            }

            @Override
            public List<MaterializationRecord> latestSuccesses() {
                return broken.latestSuccesses();
            }
        };
        try (Materializer materializer = Materializer.builder(sales.graph()).url(url()).runHistory(failing).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.isSuccess()).isTrue();
            assertThat(materializer.load(AssetKey.<Sale>of("clean_sales"))).hasSize(3);
        }
    }
}
