package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.io.IOManagers;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.TableSlice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor against real DuckDB files. */
class MaterializerDuckDbTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:duckdb:" + directory.resolve("warehouse.duckdb");
    }

    private static AssetDefinition<Sale> generated(String key, long rows) {
        return AssetDefinition.builder(key, Sale.ROW_TYPE)
                .computation(inputs -> LongStream.rangeClosed(1, rows).mapToObj(i -> new Sale(i, key, (double) i, DAY)))
                .build();
    }

    @Test
    void parallelAssetsShareOneFileAndWaitForEachOther() {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        AssetDefinition.Builder<OwnerTotal> totals = AssetDefinition.builder("totals", OwnerTotal.ROW_TYPE);
        for (int i = 1; i <= 6; i++) {
            String key = "part_" + i;
            assets.add(generated(key, 20_000 * i));
            totals.input(key, key, OwnerAmount.ROW_TYPE);
        }
        assets.add(totals.computation(inputs -> {
            List<OwnerTotal> result = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                double sum = inputs.stream(i, OwnerAmount.ROW_TYPE).mapToDouble(OwnerAmount::amount).sum();
                result.add(new OwnerTotal("part_" + (i + 1), sum));
            }
            return result.stream();
        }).build());

        try (Materializer materializer = Materializer.builder(AssetGraph.of(assets)).url(url()).parallelism(4).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.isSuccess()).as(result.toString()).isTrue();
            for (int i = 1; i <= 6; i++) {
                assertThat(result.asset("part_" + i).orElseThrow().rows()).isEqualTo(20_000L * i);
            }
            List<OwnerTotal> sums = materializer.load(AssetKey.<OwnerTotal>of("totals"));
            for (int i = 1; i <= 6; i++) {
                long n = 20_000L * i;
                assertThat(sums.get(i - 1)).isEqualTo(new OwnerTotal("part_" + i, n * (n + 1) / 2.0));
            }
        }
    }

    @Test
    void streamInputFeedsStreamOutputWithoutLoadingTheInputFirst() {
        long rows = 300_000;
        AtomicLong written = new AtomicLong();
        AtomicLong maxLag = new AtomicLong();
        RowType<Sale> countingRowType = RowType.of(Sale.ROW_TYPE.javaType(), Sale.ROW_TYPE.columns(),
                (row, sink) -> {
                    written.incrementAndGet();
                    Sale.ROW_TYPE.writer().write(row, sink);
                },
                Sale.ROW_TYPE.reader());
        AssetDefinition<Sale> copy = AssetDefinition.builder("copy", countingRowType)
                .input("source", "source", Sale.ROW_TYPE)
                .computation(inputs -> {
                    AtomicLong read = new AtomicLong();
                    return inputs.stream(0, Sale.ROW_TYPE).peek(s -> {
                        long lag = read.incrementAndGet() - written.get();
                        maxLag.accumulateAndGet(lag, Math::max);
                    }).map(s -> new Sale(s.id(), "copy", s.amount() * 2, s.day()));
                })
                .build();

        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(generated("source", rows), copy)))
                .url(url()).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.asset("copy").orElseThrow().rows()).isEqualTo(rows);
            assertThat(maxLag.get()).as("rows read ahead of the writer").isLessThanOrEqualTo(1);
            try (Stream<OwnerAmount> check = Stream.of(materializer.load(AssetKey.<Sale>of("copy")).get((int) rows - 1))
                    .map(s -> new OwnerAmount(s.owner(), s.amount()))) {
                assertThat(check.toList()).containsExactly(new OwnerAmount("copy", 2.0 * rows));
            }
        }
    }

    @Test
    void fromEnvironmentUsesTheSystemProperty() {
        String previous = System.getProperty("assetflow.url");
        System.setProperty("assetflow.url", url());
        try (Materializer materializer = Materializer.fromEnvironment(AssetGraph.of(List.of(generated("sales", 3))))) {
            materializer.materializeAll();
        } finally {
            if (previous == null) {
                System.clearProperty("assetflow.url");
            } else {
                System.setProperty("assetflow.url", previous);
            }
        }
        try (var io = dev.assetflow.runtime.io.IOManagers.fromUrl(url());
                Stream<Sale> rows = io.read(new dev.assetflow.runtime.io.TableSlice("sales", null, "sales"),
                        Sale.ROW_TYPE)) {
            assertThat(rows.count()).isEqualTo(3);
        }
    }

    @Test
    void failedWriteKeepsTheOldRowsAndSkipsDownstream() {
        AssetDefinition<Sale> sales = generated("sales", 10);
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(sales))).url(url()).build()) {
            materializer.materializeAll();
        }
        AssetDefinition<Sale> broken = AssetDefinition.builder("sales", Sale.ROW_TYPE)
                .computation(inputs -> LongStream.rangeClosed(1, 5000).mapToObj(i -> {
                    if (i == 4000) {
                        throw new IllegalStateException("upstream API timed out");
                    }
                    return new Sale(i, "x", 1.0, DAY);
                }))
                .build();
        AssetDefinition<Sale> downstream = AssetDefinition.builder("downstream", Sale.ROW_TYPE)
                .input("sales", "sales", Sale.ROW_TYPE).computation(inputs -> inputs.stream(0, Sale.ROW_TYPE)).build();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(broken, downstream))).url(url())
                .build()) {
            MaterializationException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                    MaterializationException.class, materializer::materializeAll);

            assertThat(error.result().asset("sales").orElseThrow().error()).get()
                    .extracting(Throwable::getMessage).isEqualTo("upstream API timed out");
            assertThat(error.result().asset("downstream").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(materializer.load(AssetKey.<Sale>of("sales"))).hasSize(10).allMatch(s -> s.owner().equals("sales"));
        }
    }
}
