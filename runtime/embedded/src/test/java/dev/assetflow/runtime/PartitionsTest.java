package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.InMemoryIOManager;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.TableSlice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionsTest {

    private static final Partitions DAILY = Partitions.daily("day", "2024-01-01", "2024-01-31");

    /** {@code record DayTotal(LocalDate day, double total)}. */
    record DayTotal(LocalDate day, double total) {
        static final RowType<DayTotal> ROW_TYPE = RowType.of("DayTotal",
                List.of(Column.of("day", ColumnType.DATE, false), Column.of("total", ColumnType.DOUBLE, false)),
                (row, sink) -> {
                    sink.putDate(row.day());
                    sink.putDouble(row.total());
                },
                source -> new DayTotal(source.getDate(0), source.getDouble(1)));
    }

    @TempDir
    Path directory;

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private String rawVersion = "v1";
    private boolean strayRow;

    /** Daily sales: three per day, amount = day of month, tagged with the run's partition. */
    private AssetDefinition<Sale> dailySales() {
        return AssetDefinition.builder("daily_sales", Sale.ROW_TYPE).partitions(DAILY).codeVersion(rawVersion)
                .computation(in -> {
                    LocalDate day = LocalDate.parse(in.context().partitionKey().orElseThrow());
                    calls.add("daily_sales " + day);
                    Stream<Sale> rows = Stream.of(1, 2, 3).map(i -> new Sale(day.getDayOfMonth() * 10L + i,
                            "run" + calls.size(), (double) day.getDayOfMonth(), day));
                    return strayRow ? Stream.concat(rows, Stream.of(new Sale(99, "x", 1.0, day.plusDays(1)))) : rows;
                }).build();
    }

    /** Partitioned like daily_sales: reads only its own day. */
    private AssetDefinition<DayTotal> dailyTotals() {
        return AssetDefinition.builder("daily_totals", DayTotal.ROW_TYPE).partitions(DAILY)
                .input("daily_sales", "sales", Sale.ROW_TYPE)
                .computation(in -> {
                    calls.add("daily_totals " + in.context().partitionKey().orElseThrow());
                    List<Sale> sales = in.list(0, Sale.ROW_TYPE);
                    return Stream.of(new DayTotal(sales.get(0).day(), sales.stream().mapToDouble(Sale::amount).sum()));
                }).build();
    }

    /** Not partitioned: reads every day. */
    private AssetDefinition<OwnerTotal> overall() {
        return AssetDefinition.builder("overall", OwnerTotal.ROW_TYPE)
                .input("daily_sales", "sales", OwnerAmount.ROW_TYPE)
                .computation(in -> Stream.of(new OwnerTotal("all",
                        in.stream(0, OwnerAmount.ROW_TYPE).mapToDouble(OwnerAmount::amount).sum()))).build();
    }

    private Materializer materializer() {
        return Materializer.builder(AssetGraph.of(List.of(dailySales(), dailyTotals(), overall())))
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb")).parallelism(2).build();
    }

    private static Map<LocalDate, Long> rowsPerDay(List<Sale> sales) {
        return sales.stream().collect(Collectors.groupingBy(Sale::day, TreeMap::new, Collectors.counting()));
    }

    @Test
    void materializingAPartitionReplacesOnlyItsRows() {
        try (Materializer materializer = materializer()) {
            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-15");
            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-16");
            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-15");

            List<Sale> stored = materializer.load(AssetKey.<Sale>of("daily_sales"));
            assertThat(rowsPerDay(stored)).containsExactly(Map.entry(LocalDate.of(2024, 1, 15), 3L),
                    Map.entry(LocalDate.of(2024, 1, 16), 3L));
            assertThat(stored).filteredOn(s -> s.day().getDayOfMonth() == 15).extracting(Sale::owner)
                    .containsOnly("run3");
            assertThat(materializer.history("daily_sales")).extracting(MaterializationRecord::partition)
                    .containsExactly("2024-01-15", "2024-01-16", "2024-01-15");
        }
    }

    @Test
    void aPartitionedDownstreamReadsTheSamePartitionAndAnUnpartitionedOneReadsAll() {
        try (Materializer materializer = materializer()) {
            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-02");
            MaterializeResult result = materializer.materialize(AssetSelection.all(), "2024-01-03");

            assertThat(result.assets()).extracting(AssetResult::key).containsExactly("daily_sales", "daily_totals");
            assertThat(materializer.load(AssetKey.<DayTotal>of("daily_totals")))
                    .containsExactly(new DayTotal(LocalDate.of(2024, 1, 3), 9.0));
            materializer.materialize("overall");
            assertThat(materializer.load(AssetKey.<OwnerTotal>of("overall")))
                    .containsExactly(new OwnerTotal("all", 3 * 2.0 + 3 * 3.0));
        }
    }

    @Test
    void rowsOutsideThePartitionFailTheWriteAndNothingIsWritten() {
        try (Materializer materializer = materializer()) {
            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-10");
            strayRow = true;
            MaterializationException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MaterializationException.class, () -> materializer.materialize(AssetSelection.parse("daily_sales"),
                            "2024-01-10"));

            assertThat(failure).hasMessageContaining("row 4 has day = 2024-01-11, outside partition 2024-01-10"
                    + " (day >= 2024-01-10 and day < 2024-01-11) of table main.daily_sales");
            assertThat(materializer.load(AssetKey.<Sale>of("daily_sales"))).hasSize(3)
                    .extracting(Sale::owner).containsOnly("run1");
        }
    }

    @Test
    void unknownPartitionKeysAndUnpartitionedSelectionsAreClearErrors() {
        try (Materializer materializer = materializer()) {
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.parse("daily_sales"), "2024-02-01"))
                    .isInstanceOf(AssetflowException.class)
                    .hasMessageContaining("unknown partition '2024-02-01': outside the partitions 2024-01-01 to"
                            + " 2024-01-31");
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.parse("daily_sales"), "Jan 5"))
                    .hasMessageContaining("daily partition keys look like 2024-01-15");
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.parse("+overall"), "2024-01-05"))
                    .hasMessageContaining("overall is not partitioned; materialize it without a partition");
            assertThat(calls).isEmpty();
        }
    }

    @Test
    void backfillRunsTheRangeAndResumesWhereItStopped() {
        try (Materializer materializer = materializer()) {
            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-03");
            calls.clear();

            BackfillResult first = materializer.backfill(AssetSelection.parse("daily_sales daily_totals"), "2024-01-01",
                    "2024-01-05", false);

            assertThat(first.isSuccess()).as(first.toString()).isTrue();
            assertThat(first.runs().keySet()).containsExactly("2024-01-01", "2024-01-02", "2024-01-03",
                    "2024-01-04", "2024-01-05");
            assertThat(calls).doesNotContain("daily_sales 2024-01-03").contains("daily_totals 2024-01-03");
            assertThat(rowsPerDay(materializer.load(AssetKey.<Sale>of("daily_sales")))).hasSize(5)
                    .allSatisfy((day, count) -> assertThat(count).isEqualTo(3L));
            assertThat(materializer.load(AssetKey.<DayTotal>of("daily_totals"))).hasSize(5);
            calls.clear();

            BackfillResult second = materializer.backfill(AssetSelection.parse("daily_sales daily_totals"), "2024-01-01",
                    "2024-01-05", false);
            assertThat(second.runs()).isEmpty();
            assertThat(second.alreadyDone()).hasSize(5);
            assertThat(calls).isEmpty();

            BackfillResult forced = materializer.backfill(AssetSelection.parse("daily_sales"), "2024-01-04",
                    "2024-01-05", true);
            assertThat(forced.runs().keySet()).containsExactly("2024-01-04", "2024-01-05");
        }
        rawVersion = "v2";
        calls.clear();
        try (Materializer materializer = materializer()) {
            BackfillResult changed = materializer.backfill(AssetSelection.parse("daily_sales"), "2024-01-01",
                    "2024-01-02", false);
            assertThat(changed.runs().keySet()).containsExactly("2024-01-01", "2024-01-02");
        }
    }

    @Test
    void partitionsOlderThanTheirUpstreamAreStaleAndBackfilledAgain() {
        try (Materializer materializer = materializer()) {
            assertThat(materializer.backfill(AssetSelection.parse("daily_sales daily_totals"), "2024-01-01",
                    "2024-01-31", false).isSuccess()).isTrue();
            assertThat(materializer.staleness().get(1).reason()).isEqualTo("up to date (all 31 partitions)");

            materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-15");

            Staleness totals = materializer.staleness().get(1);
            assertThat(totals.asset()).isEqualTo("daily_totals");
            assertThat(totals.stale()).isTrue();
            assertThat(totals.reason()).isEqualTo("1 partition materialized before upstream daily_sales was"
                    + " (2024-01-15); backfill them");
            calls.clear();
            BackfillResult again = materializer.backfill(AssetSelection.parse("daily_totals"), "2024-01-01",
                    "2024-01-31", false);
            assertThat(again.runs().keySet()).containsExactly("2024-01-15");
            assertThat(calls).containsExactly("daily_totals 2024-01-15");
            assertThat(materializer.staleness().get(1).stale()).isFalse();
        }
    }

    @Test
    void wholeTableWritesOfPartitionedAssetsCountForEveryPartition() {
        AssetDefinition<Sale> allDays = AssetDefinition.builder("daily_sales", Sale.ROW_TYPE).partitions(DAILY)
                .computation(in -> {
                    List<String> days = in.context().partitionKey().map(List::of).orElse(DAILY.keys());
                    calls.add("daily_sales " + days.size());
                    return days.stream().map(LocalDate::parse).map(day -> new Sale(day.getDayOfMonth(), "x", 1.0, day));
                }).build();
        AssetDefinition<DayTotal> totals = AssetDefinition.builder("daily_totals", DayTotal.ROW_TYPE).partitions(DAILY)
                .input("daily_sales", "sales", Sale.ROW_TYPE)
                .computation(in -> in.list(0, Sale.ROW_TYPE).stream().collect(Collectors.groupingBy(Sale::day,
                        TreeMap::new, Collectors.summingDouble(Sale::amount))).entrySet().stream()
                        .map(e -> new DayTotal(e.getKey(), e.getValue())))
                .build();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(allDays, totals)))
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb")).parallelism(2).build()) {
            assertThat(materializer.materializeAll().isSuccess()).isTrue();

            assertThat(materializer.staleness()).extracting(Staleness::reason).containsExactly(
                    "up to date (all 31 partitions)", "up to date (all 31 partitions)");

            assertThat(materializer.materialize(AssetSelection.parse("daily_sales")).isSuccess()).isTrue();

            assertThat(materializer.staleness().get(1).reason()).isEqualTo("31 partitions materialized before"
                    + " upstream daily_sales was (2024-01-01, 2024-01-02, ..., 2024-01-31); backfill them");
        }
    }

    @Test
    void stalePartitionsAreReportedAndLeftToABackfill() {
        try (Materializer materializer = materializer()) {
            materializer.backfill(AssetSelection.parse("daily_sales"), "2024-01-01", "2024-01-05", false);
            calls.clear();

            Staleness daily = materializer.staleness().get(0);
            assertThat(daily.asset()).isEqualTo("daily_sales");
            assertThat(daily.reason()).isEqualTo("26 of 31 partitions never materialized (2024-01-06, 2024-01-07,"
                    + " ..., 2024-01-31); backfill them");
            MaterializeResult stale = materializer.materializeStale();

            assertThat(stale.assets()).extracting(AssetResult::key).containsExactly("overall");
            assertThat(calls).isEmpty();
        }
    }

    @Test
    void staticPartitionsInMemoryHaveTheSameSemantics() {
        Partitions regions = Partitions.staticValues("owner", List.of("eu", "us"));
        AssetDefinition<Sale> regional = AssetDefinition.builder("regional", Sale.ROW_TYPE).partitions(regions)
                .computation(in -> {
                    String region = in.context().partitionKey().orElseThrow();
                    return Stream.of(new Sale(1, region, 1.0, SalesGraph.DAY), new Sale(2, region, 2.0, SalesGraph.DAY));
                }).build();
        InMemoryIOManager memory = new InMemoryIOManager();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(regional)))
                .ioManager("default", memory).build()) {
            materializer.materialize(AssetSelection.parse("regional"), "eu");
            materializer.materialize(AssetSelection.parse("regional"), "us");
            materializer.materialize(AssetSelection.parse("regional"), "eu");

            assertThat(materializer.load(AssetKey.<Sale>of("regional"))).extracting(Sale::owner)
                    .containsExactlyInAnyOrder("eu", "eu", "us", "us");
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.parse("regional"), "euu"))
                    .hasMessageContaining("unknown partition 'euu' (did you mean 'eu'?); the partitions are: eu, us");
        }
    }

    @Test
    void anIoManagerThatCannotStorePartitionsIsNeverGivenOne() {
        InMemoryIOManager memory = new InMemoryIOManager();
        dev.assetflow.runtime.io.IOManager wholeTablesOnly = new dev.assetflow.runtime.io.IOManager() {
            @Override
            public <R> long write(dev.assetflow.runtime.io.TableSlice slice, RowType<R> rowType,
                    Stream<? extends R> rows) {
                return memory.write(new dev.assetflow.runtime.io.TableSlice(slice.asset(), slice.schema(),
                        slice.table()), rowType, rows);
            }

            @Override
            public <T> Stream<T> read(dev.assetflow.runtime.io.TableSlice slice, RowType<T> rowType) {
                return memory.read(slice, rowType);
            }

            @Override
            public String toString() {
                return "WholeTablesOnly";
            }
        };
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(dailySales())))
                .ioManager("default", wholeTablesOnly).build()) {
            MaterializationException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MaterializationException.class,
                    () -> materializer.materialize(AssetSelection.parse("daily_sales"), "2024-01-02"));

            assertThat(failure).hasMessageContaining("asset 'daily_sales' is partitioned, but its IO manager"
                    + " 'default' (WholeTablesOnly) cannot replace or read a single partition");
            assertThat(memory.rowCount(new dev.assetflow.runtime.io.TableSlice("daily_sales", null, "daily_sales")))
                    .isEmpty();
        }
    }

    @Test
    void monthlyPartitionKeysAndRanges() {
        Partitions monthly = Partitions.monthly("day", "2023-11", "2024-02");
        assertThat(monthly.keys()).containsExactly("2023-11", "2023-12", "2024-01", "2024-02");
        assertThat(monthly.keysBetween("2023-12", "2024-01")).containsExactly("2023-12", "2024-01");
        assertThat(monthly.partition("2024-01", Column.of("day", ColumnType.DATE, false)).describe())
                .isEqualTo("day >= 2024-01-01 and day < 2024-02-01");
        assertThat(monthly.partition("2024-01", Column.of("day", ColumnType.TIMESTAMP, false)).lower())
                .isEqualTo(LocalDate.of(2024, 1, 1).atStartOfDay());
        assertThatThrownBy(() -> monthly.keysBetween("2024-02", "2023-12")).hasMessageContaining("backwards");
        assertThat(Partitions.daily("day", "2024-01-01", "").keys()).last()
                .isEqualTo(LocalDate.now().toString());
    }
}
