package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.io.InMemoryIOManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A materialization whose start was recorded and whose outcome was not (its process stopped after the commit, or
 * the outcome could not be written) counts as a possible change of its asset, until a later success overwrites it.
 */
class UnrecordedOutcomeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);
    private final InMemoryRunHistory history = new InMemoryRunHistory();

    private static AssetDefinition<Sale> raw() {
        return AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).codeVersion("v1")
                .computation(in -> Stream.of(new Sale(1, "ann", 1.0, DAY))).build();
    }

    private static AssetDefinition<Sale> daily() {
        return AssetDefinition.builder("daily_sales", Sale.ROW_TYPE).codeVersion("v1")
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-03"))
                .computation(in -> Stream.of(new Sale(1, "ann", 1.0,
                        LocalDate.parse(in.context().partitionKey().orElseThrow())))).build();
    }

    private static AssetDefinition<Sale> reader(String key, String upstream, Partitions partitions) {
        AssetDefinition.Builder<Sale> builder = AssetDefinition.builder(key, Sale.ROW_TYPE).codeVersion("v1")
                .input(upstream, "sales", Sale.ROW_TYPE).computation(in -> in.list(0, Sale.ROW_TYPE).stream());
        return (partitions == null ? builder : builder.partitions(partitions)).build();
    }

    private Materializer materializer(AssetDefinition<?>... assets) {
        return Materializer.builder(AssetGraph.of(List.of(assets))).ioManager("default", new InMemoryIOManager())
                .runHistory(history).build();
    }

    private static Staleness of(Materializer materializer, String asset) {
        return materializer.staleness().stream().filter(s -> s.asset().equals(asset)).findFirst().orElseThrow();
    }

    @Test
    void aSuccessfulMaterializationLeavesNoPendingRecord() {
        try (Materializer materializer = materializer(raw(), reader("clean_sales", "raw_sales", null))) {
            materializer.materializeAll();

            assertThat(history.pendingMaterializations()).isEmpty();
        }
    }

    @Test
    void aStartWithNoOutcomeMakesTheAssetStale() {
        try (Materializer materializer = materializer(raw(), reader("clean_sales", "raw_sales", null))) {
            materializer.materializeAll();
            history.recordPending(new PendingMaterialization("r9", "raw_sales", null, "v1", Instant.now()));

            assertThat(of(materializer, "raw_sales").reason()).startsWith("its materialization by run r9, started at ");
        }
    }

    @Test
    void aStartWithNoOutcomeOverwrittenByALaterSuccessIsForgotten() {
        try (Materializer materializer = materializer(raw(), reader("clean_sales", "raw_sales", null))) {
            history.recordPending(new PendingMaterialization("r0", "raw_sales", null, "v1",
                    Instant.now().minusSeconds(60)));
            materializer.materializeAll();

            assertThat(materializer.staleness()).noneMatch(Staleness::stale);
        }
    }

    @Test
    void anUnpartitionedReaderIsStaleWhenAPartitionItReadsMayHaveChanged() throws Exception {
        try (Materializer materializer = materializer(daily(), reader("all_sales", "daily_sales", null))) {
            for (String day : List.of("2024-01-01", "2024-01-02", "2024-01-03")) {
                materializer.materialize(AssetSelection.parse("daily_sales"), day);
            }
            materializer.materialize("all_sales");
            Thread.sleep(2);
            history.recordPending(new PendingMaterialization("r9", "daily_sales", "2024-01-02", "v1", Instant.now()));

            assertThat(of(materializer, "daily_sales").reason()).startsWith("1 partition with a materialization that"
                    + " recorded no outcome (2024-01-02)");
            assertThat(of(materializer, "all_sales").reason()).startsWith("upstream daily_sales may have changed at ")
                    .contains("(run r9 started writing it and recorded no outcome), after this asset");
        }
    }

    @Test
    void onlyTheSamePartitionOfAPartitionedReaderIsStale() throws Exception {
        Partitions days = Partitions.daily("day", "2024-01-01", "2024-01-03");
        try (Materializer materializer = materializer(daily(), reader("daily_copy", "daily_sales", days))) {
            for (String day : List.of("2024-01-01", "2024-01-02", "2024-01-03")) {
                materializer.materialize(AssetSelection.all(), day);
            }
            Thread.sleep(2);
            history.recordPending(new PendingMaterialization("r9", "daily_sales", "2024-01-02", "v1", Instant.now()));

            assertThat(of(materializer, "daily_copy").reason()).isEqualTo("1 partition materialized before upstream"
                    + " daily_sales was (2024-01-02); backfill them");
            BackfillResult backfill = materializer.backfill(AssetSelection.all(), "2024-01-01", "2024-01-03", false);
            assertThat(backfill.alreadyDone()).containsExactly("2024-01-01", "2024-01-03");
        }
    }
}
