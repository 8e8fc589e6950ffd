package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.internal.Rows;
import dev.assetflow.runtime.io.InMemoryIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MaterializerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private final InMemoryIOManager memory = new InMemoryIOManager();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    private AssetDefinition<Sale> raw(List<Sale> rows) {
        return AssetDefinition.builder("raw_sales", Sale.ROW_TYPE)
                .method("Test#rawSales")
                .computation(inputs -> {
                    calls.add("raw_sales");
                    return Rows.of(rows);
                })
                .build();
    }

    private AssetDefinition<Sale> clean() {
        return AssetDefinition.builder("clean_sales", Sale.ROW_TYPE)
                .input("raw_sales", "rawSales", Sale.ROW_TYPE)
                .computation(inputs -> {
                    calls.add("clean_sales");
                    return inputs.list(0, Sale.ROW_TYPE).stream()
                            .map(s -> new Sale(s.id(), s.owner(), s.amount() == null ? 0.0 : s.amount(), s.day()));
                })
                .build();
    }

    private AssetDefinition<OwnerTotal> summary() {
        return AssetDefinition.builder("sales_summary", OwnerTotal.ROW_TYPE)
                .input("clean_sales", "sales", OwnerAmount.ROW_TYPE)
                .computation(inputs -> {
                    calls.add("sales_summary");
                    Map<String, Double> totals = inputs.stream(0, OwnerAmount.ROW_TYPE).collect(
                            Collectors.groupingBy(OwnerAmount::owner, TreeMap::new,
                                    Collectors.summingDouble(OwnerAmount::amount)));
                    return totals.entrySet().stream().map(e -> new OwnerTotal(e.getKey(), e.getValue()));
                })
                .build();
    }

    private static final List<Sale> SALES = List.of(
            new Sale(1, "ann", 10.0, DAY), new Sale(2, "bob", null, DAY), new Sale(3, "ann", 5.5, DAY));

    private Materializer materializer(AssetDefinition<?>... assets) {
        return Materializer.builder(AssetGraph.of(List.of(assets))).ioManager("default", memory).parallelism(2)
                .build();
    }

    @Test
    void materializesAllInTopologicalOrderAndLoadsResults() {
        try (Materializer materializer = materializer(summary(), clean(), raw(SALES))) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.assets()).extracting(AssetResult::key)
                    .containsExactly("raw_sales", "clean_sales", "sales_summary");
            assertThat(result.assets()).extracting(AssetResult::status).containsOnly(AssetStatus.MATERIALIZED);
            assertThat(result.assets()).extracting(AssetResult::rows).containsExactly(3L, 3L, 2L);
            assertThat(calls).containsExactly("raw_sales", "clean_sales", "sales_summary");
            assertThat(materializer.load(AssetKey.<OwnerTotal>of("sales_summary")))
                    .containsExactly(new OwnerTotal("ann", 15.5), new OwnerTotal("bob", 0.0));
            assertThat(result.toString()).contains("raw_sales", "MATERIALIZED", "3 materialized, 0 failed");
        }
    }

    @Test
    void failedAssetSkipsDownstreamWhileIndependentAssetsRun() {
        AssetDefinition<Sale> broken = AssetDefinition.builder("clean_sales", Sale.ROW_TYPE)
                .input("raw_sales", "rawSales", Sale.ROW_TYPE)
                .computation(inputs -> {
                    throw new IllegalStateException("amount column is garbage");
                })
                .build();
        AssetDefinition<OwnerTotal> independent = AssetDefinition.builder("other", OwnerTotal.ROW_TYPE)
                .computation(inputs -> Stream.of(new OwnerTotal("x", 1)))
                .build();
        try (Materializer materializer = materializer(raw(SALES), broken, summary(), independent)) {
            MaterializationException error = catchThrowableOfType(MaterializationException.class,
                    materializer::materializeAll);

            MaterializeResult result = error.result();
            assertThat(result.asset("raw_sales").orElseThrow().status()).isEqualTo(AssetStatus.MATERIALIZED);
            assertThat(result.asset("other").orElseThrow().status()).isEqualTo(AssetStatus.MATERIALIZED);
            AssetResult failed = result.asset("clean_sales").orElseThrow();
            assertThat(failed.status()).isEqualTo(AssetStatus.FAILED);
            assertThat(failed.error()).get().isInstanceOf(IllegalStateException.class)
                    .extracting(Throwable::getMessage).isEqualTo("amount column is garbage");
            AssetResult skipped = result.asset("sales_summary").orElseThrow();
            assertThat(skipped.status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(skipped.skipReason()).contains("upstream 'clean_sales' failed");
            assertThat(error).hasMessageContaining("1 of 4 assets failed")
                    .hasMessageContaining("clean_sales: IllegalStateException: amount column is garbage")
                    .hasMessageContaining("skipped: sales_summary")
                    .hasCauseInstanceOf(IllegalStateException.class);
            assertThat(calls).doesNotContain("sales_summary");
        }
    }

    @Test
    void skipPropagatesTransitivelyWithTheRootCause() {
        AssetDefinition<Sale> brokenRaw = AssetDefinition.builder("raw_sales", Sale.ROW_TYPE)
                .computation(inputs -> Stream.of(new Sale(1, null, 1.0, DAY)))
                .build();
        try (Materializer materializer = materializer(brokenRaw, clean(), summary())) {
            MaterializeResult result = catchThrowableOfType(MaterializationException.class,
                    materializer::materializeAll).result();

            assertThat(result.asset("raw_sales").orElseThrow().error()).get().extracting(Throwable::getMessage)
                    .asString().contains("row 1", "'owner'", "raw_sales", "NOT NULL");
            assertThat(result.skipped()).extracting(AssetResult::key).containsExactly("clean_sales", "sales_summary");
            assertThat(result.asset("sales_summary").orElseThrow().skipReason())
                    .contains("upstream 'raw_sales' failed");
        }
    }

    @Test
    void selectionReadsUnselectedUpstreamFromStorage() {
        try (Materializer materializer = materializer(raw(SALES), clean(), summary())) {
            materializer.materialize(List.of("raw_sales"));
            calls.clear();

            MaterializeResult result = materializer.materialize("clean_sales", "sales_summary");

            assertThat(calls).containsExactly("clean_sales", "sales_summary");
            assertThat(result.assets()).extracting(AssetResult::key).containsExactly("clean_sales", "sales_summary");
            assertThat(materializer.load(AssetKey.<Sale>of("clean_sales"))).extracting(Sale::amount)
                    .containsExactly(10.0, 0.0, 5.5);
        }
    }

    @Test
    void selectionOfAnAssetWhoseUpstreamWasNeverMaterializedFailsClearly() {
        try (Materializer materializer = materializer(raw(SALES), clean())) {
            MaterializeResult result = catchThrowableOfType(MaterializationException.class,
                    () -> materializer.materialize("clean_sales")).result();

            assertThat(result.asset("clean_sales").orElseThrow().detail())
                    .contains("raw_sales", "has asset 'raw_sales' been materialized?");
        }
    }

    @Test
    void unknownSelectedKeySuggestsTheClosest() {
        try (Materializer materializer = materializer(raw(SALES), clean())) {
            assertThatThrownBy(() -> materializer.materialize("clean_sale"))
                    .isInstanceOf(AssetflowException.class)
                    .hasMessageContaining("no asset named 'clean_sale' (did you mean 'clean_sales'?)");
            assertThat(calls).isEmpty();
        }
    }

    @Test
    void assetNamingAnUnconfiguredIoManagerFailsBeforeAnythingRuns() {
        AssetDefinition<Sale> warehouse = AssetDefinition.builder("warehouse_sales", Sale.ROW_TYPE)
                .io("warehouse").method("Test#warehouseSales").computation(inputs -> Stream.empty()).build();
        AssetGraph graph = AssetGraph.of(List.of(raw(SALES), warehouse));

        assertThatThrownBy(() -> Materializer.builder(graph).ioManager("default", memory).build())
                .isInstanceOf(AssetflowException.class)
                .hasMessageContaining("asset 'warehouse_sales' (Test#warehouseSales)")
                .hasMessageContaining("IO manager 'warehouse'");
        assertThat(calls).isEmpty();
    }

    @Test
    void assetsPickTheirIoManagerByName() {
        InMemoryIOManager warehouse = new InMemoryIOManager();
        AssetDefinition<Sale> stored = AssetDefinition.builder("clean_sales", Sale.ROW_TYPE)
                .io("warehouse").input("raw_sales", "raw", Sale.ROW_TYPE)
                .computation(inputs -> inputs.stream(0, Sale.ROW_TYPE)).build();
        AssetGraph graph = AssetGraph.of(List.of(raw(SALES), stored));
        try (Materializer materializer = Materializer.builder(graph).ioManager("default", memory)
                .ioManager("warehouse", warehouse).build()) {
            materializer.materializeAll();
        }
        var slice = new dev.assetflow.runtime.io.TableSlice("clean_sales", null, "clean_sales");
        assertThat(warehouse.rowCount(slice)).contains(3);
        assertThat(memory.rowCount(slice)).isEmpty();
    }

    @Test
    void independentAssetsRunInParallel() throws Exception {
        java.util.concurrent.CountDownLatch bothStarted = new java.util.concurrent.CountDownLatch(2);
        List<AssetDefinition<?>> assets = new ArrayList<>();
        for (String key : List.of("left", "right")) {
            assets.add(AssetDefinition.builder(key, OwnerTotal.ROW_TYPE).computation(inputs -> {
                bothStarted.countDown();
                if (!bothStarted.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other asset did not run at the same time");
                }
                return Stream.of(new OwnerTotal(key, 1));
            }).build());
        }
        try (Materializer materializer = Materializer.builder(AssetGraph.of(assets)).ioManager("default", memory)
                .parallelism(2).build()) {
            assertThat(materializer.materializeAll().isSuccess()).isTrue();
        }
    }

    @Test
    void diamondRunsEachAssetOnceAfterAllUpstreams() {
        AtomicInteger counter = new AtomicInteger();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<AssetDefinition<?>> assets = new ArrayList<>();
        assets.add(node("d", order, counter, "b", "c"));
        assets.add(node("b", order, counter, "a"));
        assets.add(node("c", order, counter, "a"));
        assets.add(node("a", order, counter));
        try (Materializer materializer = Materializer.builder(AssetGraph.of(assets)).ioManager("default", memory)
                .parallelism(4).build()) {
            materializer.materializeAll();
        }
        assertThat(order).hasSize(4).startsWith("a").endsWith("d");
        assertThat(counter).hasValue(4);
    }

    private static AssetDefinition<OwnerTotal> node(String key, List<String> order, AtomicInteger counter,
            String... upstream) {
        AssetDefinition.Builder<OwnerTotal> builder = AssetDefinition.builder(key, OwnerTotal.ROW_TYPE);
        for (String up : upstream) {
            builder.input(up, up, OwnerTotal.ROW_TYPE);
        }
        return builder.computation(inputs -> {
            for (int i = 0; i < upstream.length; i++) {
                assertThat(inputs.list(i, OwnerTotal.ROW_TYPE)).hasSize(1);
            }
            order.add(key);
            counter.incrementAndGet();
            return Stream.of(new OwnerTotal(key, 1));
        }).build();
    }
}
