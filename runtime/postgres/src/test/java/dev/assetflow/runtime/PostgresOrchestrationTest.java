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
}
