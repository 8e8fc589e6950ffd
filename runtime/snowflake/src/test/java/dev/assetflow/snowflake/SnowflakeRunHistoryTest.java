package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.BackfillResult;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Partitions;
import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.Staleness;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run history lives in Snowflake tables: a new process (here a new IO manager and materializer, which
 * share nothing in memory with the first) sees the materializations of the last one, so {@code --stale}
 * runs nothing that is up to date, a backfill resumes where the last one stopped, and {@code history}
 * lists what ran.
 */
class SnowflakeRunHistoryTest {

    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private static AssetGraph graph() {
        AssetDefinition<Sale> raw = AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).codeVersion("v1")
                .computation(in -> Stream.of(new Sale(1, "ann", 1.0, LocalDate.of(2024, 1, 1)))).build();
        AssetDefinition<Sale> clean = AssetDefinition.builder("clean_sales", Sale.ROW_TYPE).codeVersion("v1")
                .input("raw_sales", "raw", Sale.ROW_TYPE).computation(in -> in.stream(0, Sale.ROW_TYPE)).build();
        AssetDefinition<Sale> daily = AssetDefinition.builder("daily_sales", Sale.ROW_TYPE).codeVersion("v1")
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-31"))
                .computation(in -> {
                    LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
                    return Stream.of(new Sale(day.getDayOfMonth(), "run " + in.context().runId(), 1.0, day));
                }).build();
        return AssetGraph.of(List.of(raw, clean, daily));
    }

    private static SnowflakeIOManager ioManager(String schema) {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .password(SnowflakeEmulator.DEFAULT_PASSWORD).database(emulator.database()).schema(schema)
                .build();
    }

    @Test
    void aNewProcessSeesTheLastOnesMaterializations() {
        String firstRun;
        try (SnowflakeIOManager io = ioManager("HISTORY");
                Materializer first = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, io).build()) {
            MaterializeResult run = first.materialize("raw_sales", "clean_sales");
            assertThat(run.isSuccess()).isTrue();
            firstRun = run.runId();
            BackfillResult backfill = first.backfill(AssetSelection.parse("daily_sales"), "2024-01-01", "2024-01-03",
                    false);
            assertThat(backfill.isSuccess()).as(backfill.toString()).isTrue();
        }

        try (SnowflakeIOManager io = ioManager("HISTORY");
                Materializer second = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, io).build()) {
            assertThat(second.staleness()).as("%s", second.staleness()).filteredOn(s -> !s.asset().equals("daily_sales"))
                    .extracting(Staleness::stale).containsExactly(false, false);
            assertThat(second.materializeStale().assets()).isEmpty();

            BackfillResult resumed = second.backfill(AssetSelection.parse("daily_sales"), "2024-01-01", "2024-01-05",
                    false);
            assertThat(resumed.alreadyDone()).containsExactly("2024-01-01", "2024-01-02", "2024-01-03");
            assertThat(resumed.runs()).containsOnlyKeys("2024-01-04", "2024-01-05");

            List<MaterializationRecord> raw = second.history("raw_sales");
            assertThat(raw).extracting(MaterializationRecord::runId, MaterializationRecord::status,
                    MaterializationRecord::rows).containsExactly(org.assertj.core.groups.Tuple.tuple(firstRun,
                            AssetStatus.MATERIALIZED, 1L));
            assertThat(second.history("daily_sales")).hasSize(5);
            assertThat(second.runs(20)).extracting(r -> r.runId()).contains(firstRun);
        }

        // Tables a Snowflake user queries unquoted, in the IO manager's default schema.
        assertThat(emulator.query(
                "select count(*) from history.assetflow_materializations where status = 'MATERIALIZED'"))
                .containsExactly(List.of("7"));
        assertThat(emulator.query("select count(*) from history.assetflow_runs")).containsExactly(List.of("6"));
    }

    @Test
    void twoProcessesRecordIntoOneHistory() {
        try (SnowflakeIOManager firstIo = ioManager("SHARED"); SnowflakeIOManager secondIo = ioManager("SHARED");
                Materializer first = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, firstIo).build();
                Materializer second = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, secondIo)
                        .build()) {
            MaterializeResult run = first.materialize(AssetSelection.parse("daily_sales"), "2024-01-02");
            assertThat(run.isSuccess()).isTrue();
            assertThat(second.runs(100)).extracting(r -> r.runId()).contains(run.runId());
            assertThat(second.history("daily_sales")).extracting(MaterializationRecord::runId).contains(run.runId());
        }
    }

    @Test
    void historyTimesAreExactInAJvmZoneThatIsNotUtc() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
        try (SnowflakeIOManager io = ioManager("ZONED");
                Materializer materializer = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, io)
                        .build()) {
            java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            MaterializeResult run = materializer.materialize("raw_sales");
            java.time.Instant after = java.time.Instant.now().plusMillis(1);
            // Stored as UTC wall-clock time (TIMESTAMP_NTZ), whatever the JVM's zone.
            String stored = emulator.query(SnowflakeConnections.SESSION_SETUP,
                    "select finished_at from zoned.assetflow_materializations").get(0).get(0);
            assertThat(java.time.LocalDateTime.parse(stored).toInstant(java.time.ZoneOffset.UTC))
                    .isBetween(before, after);
            assertThat(materializer.history("raw_sales")).singleElement()
                    .satisfies(record -> assertThat(record.finishedAt()).isBetween(before, after));
            assertThat(materializer.runs(1)).singleElement().satisfies(record -> {
                assertThat(record.runId()).isEqualTo(run.runId());
                assertThat(record.startedAt()).isBetween(before, after);
                assertThat(record.finishedAt()).isBetween(before, after);
            });
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    /**
     * The outcome of a write commits in the write's own transaction: when the history cannot take it, the new rows
     * are not committed either, and the partition reads as stale (its start has no outcome).
     */
    @Test
    void theRecordOfAMaterializationCommitsWithItsRowsOrNeither() {
        try (SnowflakeIOManager io = ioManager("COMMIT_TOGETHER");
                Materializer materializer = Materializer.builder(graph()).ioManager(Materializer.DEFAULT_IO, io).build()) {
            String first = materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-05").runId();
            assertThat(materializer.runHistory().pendingMaterializations()).isEmpty();
            // from now on the history cannot take an outcome: its table is a view, which refuses inserts
            emulator.query("alter table COMMIT_TOGETHER.ASSETFLOW_MATERIALIZATIONS rename to"
                    + " COMMIT_TOGETHER.MATERIALIZATIONS_KEPT");
            emulator.query("create view COMMIT_TOGETHER.ASSETFLOW_MATERIALIZATIONS as select distinct * from"
                    + " COMMIT_TOGETHER.MATERIALIZATIONS_KEPT");

            MaterializationException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MaterializationException.class,
                    () -> materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-05"));

            assertThat(failure.result().failed()).singleElement().satisfies(failed -> assertThat(
                    failed.error().orElseThrow()).hasMessageContaining("cannot record the materialization of"
                    + " daily_sales in the run history of Snowflake at "));
            assertThat(materializer.load(AssetKey.<Sale>of("daily_sales"))).extracting(Sale::owner)
                    .containsExactly("run " + first);
            assertThat(materializer.staleness()).filteredOn(s -> s.asset().equals("daily_sales")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).contains("1 partition with a materialization that recorded"
                            + " no outcome (2024-01-05)"));
        }
    }
}
