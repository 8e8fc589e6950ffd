package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.postgres.PostgresIOManager;
import dev.assetflow.postgres.PostgresTestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Run history and partitions against the real PostgreSQL server. */
class PostgresOrchestrationTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private boolean strayRow;

    private AssetDefinition<Sale> daily() {
        return AssetDefinition.builder("pg_daily_sales", Sale.ROW_TYPE)
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-31")).codeVersion("v1")
                .computation(in -> {
                    LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
                    Stream<Sale> rows = Stream.of(new Sale(day.getDayOfMonth(), "run " + in.context().runId(), 1.0, day),
                            new Sale(100 + day.getDayOfMonth(), "run " + in.context().runId(), 2.0, day));
                    return strayRow ? Stream.concat(rows, Stream.of(new Sale(0, "x", 0.0, day.minusDays(1)))) : rows;
                }).build();
    }

    @Test
    void partitionsAreReplacedAloneAndTheHistoryIsInTheDatabase() {
        try (PostgresIOManager io = DATABASE.ioManager();
                Materializer materializer = Materializer.builder(AssetGraph.of(List.of(daily())))
                        .ioManager("default", io).build()) {
            BackfillResult backfill = materializer.backfill(AssetSelection.parse("pg_daily_sales"), "2024-01-01",
                    "2024-01-03", false);
            assertThat(backfill.isSuccess()).as(backfill.toString()).isTrue();
            MaterializeResult again = materializer.materialize(AssetSelection.parse("pg_daily_sales"), "2024-01-02");

            List<Sale> rows = materializer.load(AssetKey.<Sale>of("pg_daily_sales"));
            assertThat(rows).hasSize(6);
            assertThat(rows).filteredOn(s -> s.day().getDayOfMonth() == 2).extracting(Sale::owner)
                    .containsOnly("run " + again.runId());

            strayRow = true;
            MaterializationException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MaterializationException.class,
                    () -> materializer.materialize(AssetSelection.parse("pg_daily_sales"), "2024-01-03"));
            assertThat(failure).hasMessageContaining("row 3 has day = 2024-01-02, outside partition 2024-01-03");
            assertThat(materializer.load(AssetKey.<Sale>of("pg_daily_sales"))).hasSize(6);

            assertThat(materializer.runs(10)).hasSize(5);
            assertThat(materializer.history("pg_daily_sales")).extracting(MaterializationRecord::status)
                    .containsExactly(AssetStatus.FAILED, AssetStatus.MATERIALIZED, AssetStatus.MATERIALIZED,
                            AssetStatus.MATERIALIZED, AssetStatus.MATERIALIZED);
            BackfillResult resumed = materializer.backfill(AssetSelection.parse("pg_daily_sales"), "2024-01-01",
                    "2024-01-04", false);
            assertThat(resumed.alreadyDone()).containsExactly("2024-01-01", "2024-01-02", "2024-01-03");
        }
    }

    /**
     * The outcome of a write is recorded in the write's own transaction: when the history cannot take it, the rows
     * are not committed either, and the partition stays stale (its start has no outcome), as does its downstream.
     */
    @Test
    void theRecordOfAPartitionCommitsWithItsRowsOrNeither() throws Exception {
        AssetDefinition<Sale> daily = daily();
        AssetDefinition<Sale> copy = AssetDefinition.builder("pg_daily_copy", Sale.ROW_TYPE)
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-31")).codeVersion("v1")
                .input("pg_daily_sales", "sales", Sale.ROW_TYPE)
                .computation(in -> in.list(0, Sale.ROW_TYPE).stream()).build();
        String own = DATABASE.schema() + "_commit";
        String schema = "\"" + own + "\"";
        try (PostgresIOManager io = PostgresIOManager.builder(DATABASE.url()).defaultSchema(own).build();
                Materializer materializer = Materializer.builder(AssetGraph.of(List.of(daily, copy)))
                        .ioManager("default", io).build()) {
            String first = materializer.materialize(AssetSelection.all(), "2024-01-05").runId();
            assertThat(materializer.runHistory().pendingMaterializations()).isEmpty();
            // from now on the history cannot take an outcome: its table is a view that refuses inserts
            DATABASE.execute("alter table " + schema + ".assetflow_materializations rename to materializations_kept");
            DATABASE.execute("create view " + schema + ".assetflow_materializations as select distinct * from "
                    + schema + ".materializations_kept");

            MaterializationException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MaterializationException.class,
                    () -> materializer.materialize(AssetSelection.parse("pg_daily_sales"), "2024-01-05"));

            assertThat(failure.result().failed()).singleElement().satisfies(failed -> assertThat(
                    failed.error().orElseThrow()).hasMessageContaining("cannot record the materialization of"
                    + " pg_daily_sales in the run history of PostgreSQL at "));
            assertThat(materializer.load(AssetKey.<Sale>of("pg_daily_sales"))).extracting(Sale::owner)
                    .containsOnly("run " + first);
            List<Staleness> staleness = materializer.staleness();
            assertThat(staleness).filteredOn(s -> s.asset().equals("pg_daily_sales")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).startsWith("30 of 31 partitions never materialized")
                            .contains("1 partition with a materialization that recorded no outcome (2024-01-05)"));
            assertThat(staleness).filteredOn(s -> s.asset().equals("pg_daily_copy")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).contains("1 partition materialized before upstream"
                            + " pg_daily_sales was (2024-01-05)"));
        } finally {
            DATABASE.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
