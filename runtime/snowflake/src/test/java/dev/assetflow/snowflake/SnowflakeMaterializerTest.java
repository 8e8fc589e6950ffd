package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.Sale;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pipeline built by hand as the processor generates it (definitions with row types, inputs and
 * computations) run by a {@link Materializer} over the Snowflake IO manager: a streamed upstream feeds a
 * streamed asset, which feeds a projection-reading summary; users then find upper-case tables.
 */
class SnowflakeMaterializerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private static AssetGraph salesGraph() {
        AssetDefinition<Sale> raw = AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).group("sales")
                .computation(in -> LongStream.rangeClosed(1, 5_000)
                        .mapToObj(i -> new Sale(i, i % 3 == 0 ? "ann" : "bob", i % 10 == 0 ? null : 1.0, DAY)))
                .build();
        AssetDefinition<Sale> clean = AssetDefinition.builder("clean_sales", Sale.ROW_TYPE).group("sales")
                .input("raw_sales", "rawSales", Sale.ROW_TYPE)
                .computation(in -> in.stream(0, Sale.ROW_TYPE)
                        .map(s -> new Sale(s.id(), s.owner(), s.amount() == null ? 0.0 : s.amount(), s.day())))
                .build();
        AssetDefinition<OwnerTotal> summary = AssetDefinition.builder("sales_summary", OwnerTotal.ROW_TYPE)
                .group("sales").input("clean_sales", "sales", OwnerAmount.ROW_TYPE)
                .computation(in -> {
                    Map<String, Double> totals = in.stream(0, OwnerAmount.ROW_TYPE).collect(Collectors.groupingBy(
                            OwnerAmount::owner, TreeMap::new, Collectors.summingDouble(OwnerAmount::amount)));
                    return totals.entrySet().stream().map(e -> new OwnerTotal(e.getKey(), e.getValue()));
                }).build();
        return AssetGraph.of(List.of(raw, clean, summary));
    }

    @Test
    void aStreamedPipelineRunsOnSnowflake() throws Exception {
        try (SnowflakeIOManager io = SnowflakeIOManager.builder().url(emulator.jdbcUrl())
                .user(SnowflakeEmulator.DEFAULT_USER).password(SnowflakeEmulator.DEFAULT_PASSWORD)
                .database(emulator.database()).schema("ANALYTICS").stageFileSize(16 * 1024).build();
                Materializer materializer = Materializer.builder(salesGraph())
                        .ioManager(Materializer.DEFAULT_IO, io).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.isSuccess()).isTrue();
            assertThat(result.materialized()).hasSize(3);
            // bob: ids not divisible by 3 (3,334), minus those divisible by 10 but not 3 (334) -> 3,000.
            assertThat(materializer.load(AssetKey.<OwnerTotal>of("sales_summary"))).containsExactly(
                    new OwnerTotal("ann", 1_500.0), new OwnerTotal("bob", 3_000.0));
            // Run again: the tables are replaced, not appended to.
            assertThat(materializer.materializeAll().isSuccess()).isTrue();
        }
        assertThat(emulator.query("select owner, total from analytics.sales_summary order by owner").stream()
                .map(row -> row.get(0) + "=" + Double.parseDouble(row.get(1))))
                .containsExactly("ann=1500.0", "bob=3000.0");
        assertThat(emulator.query("select count(*), count(amount) from analytics.raw_sales"))
                .containsExactly(List.of("5000", "4500"));
        assertThat(emulator.query("select count(*) from analytics.clean_sales where amount = 0"))
                .containsExactly(List.of("500"));
        // No row-by-row INSERT: rows reach a table only from its staging table.
        assertThat(emulator.receivedSql()).filteredOn(s -> s.toLowerCase(Locale.ROOT).startsWith("insert")
                && !s.contains("ASSETFLOW_RUNS") && !s.contains("ASSETFLOW_MATERIALIZATIONS")
                && !s.contains("ASSETFLOW_PENDING"))
                .isNotEmpty().allSatisfy(s -> assertThat(s).containsPattern(" select .* from \"ANALYTICS\"\\.\"[A-Z_]+__ASSETFLOW_STAGING_"));
    }
}
