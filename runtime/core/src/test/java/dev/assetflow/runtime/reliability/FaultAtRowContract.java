package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An asset whose row stream throws at row k, after thousands of rows already went to the database: the
 * table keeps exactly the rows of the last good run, the result names the failure and its cause, the
 * downstream asset is skipped, and the run history records the failure. Each backend extends this.
 */
public abstract class FaultAtRowContract {

    public static final List<Item> GOOD = List.of(Item.of(1, "first"), new Item(2, "second", "n", null, null),
            Item.of(3, "third"));
    /** Far beyond the DuckDB appender's and the PostgreSQL COPY buffer's flush points. */
    public static final long FAIL_AT = 30_000;
    public static final AssetKey<Item> ITEMS = AssetKey.of("items");

    /** A materializer for {@code graph} on this backend; closed by the test. */
    public abstract Materializer materializer(AssetGraph graph);


    @Test
    public void exceptionAtRowKLeavesTheLastGoodRows() {
        AtomicReference<Supplier<Stream<Item>>> source = new AtomicReference<>(GOOD::stream);
        AssetGraph graph = Pipelines.itemsAndCount(() -> source.get().get());
        try (Materializer materializer = materializer(graph)) {
            assertThat(Pipelines.runAll(materializer).isSuccess()).isTrue();

            source.set(() -> FailingStream.failingAt(FAIL_AT, "feed broke at row " + FAIL_AT));
            MaterializeResult result = Pipelines.runAll(materializer);

            assertThat(result.isSuccess()).isFalse();
            assertThat(result.asset("items").orElseThrow().status()).isEqualTo(AssetStatus.FAILED);
            assertThat(Pipelines.failure(result, "items")).contains("feed broke at row " + FAIL_AT);
            assertThat(result.asset("item_count").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(result.asset("item_count").orElseThrow().skipReason()).hasValueSatisfying(
                    reason -> assertThat(reason).contains("items"));
            assertThat(materializer.load(ITEMS)).as("the rows of the last good run")
                    .containsExactlyElementsOf(GOOD);

            List<MaterializationRecord> history = materializer.history("items");
            assertThat(history).hasSize(2);
            assertThat(history.get(0).status()).isEqualTo(AssetStatus.FAILED);
            assertThat(history.get(0).error()).contains("feed broke at row " + FAIL_AT);
            assertThat(history.get(1).status()).isEqualTo(AssetStatus.MATERIALIZED);
            assertThat(history.get(1).rows()).isEqualTo(GOOD.size());
            assertThat(materializer.history("item_count").get(0).status()).isEqualTo(AssetStatus.SKIPPED);

            source.set(() -> Item.range(0, 10, "again-"));
            assertThat(Pipelines.runAll(materializer).isSuccess()).as("the next run works").isTrue();
            assertThat(materializer.load(ITEMS)).hasSize(10);
        }
    }

    @Test
    public void aRowStreamWhoseCloseThrowsFailsTheAssetAndLeavesTheLastGoodRows() {
        AtomicReference<Supplier<Stream<Item>>> source = new AtomicReference<>(GOOD::stream);
        AssetKey<Item> unclosed = AssetKey.of("unclosed");
        AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("unclosed", () -> source.get().get()),
                Pipelines.count("unclosed_count", "unclosed")));
        try (Materializer materializer = materializer(graph)) {
            assertThat(Pipelines.runAll(materializer).isSuccess()).isTrue();

            source.set(() -> Item.range(0, 10, "new-").onClose(() -> {
                throw new IllegalStateException("the feed could not be closed");
            }));
            MaterializeResult result = Pipelines.runAll(materializer);

            assertThat(result.asset("unclosed").orElseThrow().status()).isEqualTo(AssetStatus.FAILED);
            assertThat(Pipelines.failure(result, "unclosed")).contains("the feed could not be closed");
            assertThat(materializer.load(unclosed)).as("the rows of the last good run").containsExactlyElementsOf(GOOD);
            assertThat(materializer.history("unclosed").get(0).status()).isEqualTo(AssetStatus.FAILED);
            assertThat(result.asset("unclosed_count").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
        }
    }

    @Test
    public void anInputThatFailsToCloseFailsTheAssetAndLeavesTheLastGoodRows() {
        AtomicBoolean breakClose = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        AssetDefinition<Item> copy = AssetDefinition.builder("copy", Item.ROW_TYPE)
                .input("originals", "originals", Item.ROW_TYPE)
                .computation(in -> {
                    List<Item> rows = in.stream(0, Item.ROW_TYPE).onClose(() -> {
                        if (breakClose.get()) {
                            throw new IllegalStateException("the input could not be released");
                        }
                    }).toList();
                    int run = runs.incrementAndGet();
                    return rows.stream().map(item -> Item.of(item.id() + 100, item.label() + " of run " + run));
                })
                .build();
        AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("originals", GOOD::stream), copy));
        try (Materializer materializer = materializer(graph)) {
            assertThat(Pipelines.runAll(materializer).isSuccess()).isTrue();
            List<Item> copied = materializer.load(AssetKey.<Item>of("copy"));

            breakClose.set(true);
            MaterializeResult result = Pipelines.runSelected(materializer, "copy");

            assertThat(result.asset("copy").orElseThrow().status()).isEqualTo(AssetStatus.FAILED);
            assertThat(Pipelines.failure(result, "copy")).contains("the input could not be released");
            assertThat(materializer.load(AssetKey.<Item>of("copy"))).containsExactlyElementsOf(copied);
            assertThat(materializer.history("copy").get(0).status()).isEqualTo(AssetStatus.FAILED);
        }
    }
}
