package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.reliability.Item.ItemId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several writers on one DuckDB file: other processes, and parallel assets in one process. */
class DuckDbConcurrencyTest {

    private static final int PARTS = 12;
    private static final long ROWS_PER_PART = 5_000;

    @TempDir
    Path directory;

    @Test
    void secondProcessOnTheSameFileFailsNamingItAndNothingIsCorrupted() throws Exception {
        Path file = directory.resolve("shared.duckdb");
        String url = "jdbc:duckdb:" + file;
        AssetGraph graph = Pipelines.itemsAndCount(() -> Item.range(0, 3, "parent-"));

        Process child = ChildJvm.start(DuckDbHoldingWriterMain.class, url, "20000");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(child.getOutputStream(),
                StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).as("the child is in the middle of its write").isEqualTo("writing");

            assertThatThrownBy(() -> Materializer.builder(graph).url(url).build().close())
                    .isInstanceOf(AssetflowException.class)
                    .hasMessageContaining(file.getFileName().toString())
                    .hasMessageContaining("another process");

            in.write("go on\n");
            in.flush();
            assertThat(out.readLine()).isEqualTo("wrote 20000");
        } finally {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertThat(child.exitValue()).isZero();

        try (Materializer materializer = Materializer.builder(graph).url(url).build()) {
            List<Item> childRows = materializer.load(AssetKey.<Item>of("items"));
            assertThat(childRows).hasSize(20_000).containsExactlyInAnyOrderElementsOf(Item.range(0, 20_000, "child-").toList());
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.asset("items").orElseThrow().rows()).isEqualTo(3);
            assertThat(materializer.load(AssetKey.<ItemId>of("item_count"))).containsExactly(new ItemId(3));
        }
    }

    @Test
    void parallelAssetsSharingOneFileAllLandComplete() {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        for (int part = 0; part < PARTS; part++) {
            long from = part * ROWS_PER_PART;
            assets.add(Pipelines.items(partKey(part), () -> Item.range(from, from + ROWS_PER_PART, "p-")));
        }
        AssetDefinition.Builder<ItemId> total = AssetDefinition.builder("total", ItemId.ROW_TYPE);
        for (int part = 0; part < PARTS; part++) {
            total.input(partKey(part), "part" + part, ItemId.ROW_TYPE);
        }
        assets.add(total.computation(in -> {
            long sum = 0;
            for (int part = 0; part < PARTS; part++) {
                try (Stream<ItemId> ids = in.stream(part, ItemId.ROW_TYPE)) {
                    sum += ids.count();
                }
            }
            return Stream.of(new ItemId(sum));
        }).build());

        String url = "jdbc:duckdb:" + directory.resolve("parallel.duckdb");
        try (Materializer materializer = Materializer.builder(AssetGraph.of(assets)).url(url).parallelism(4)
                .build()) {
            for (int run = 0; run < 2; run++) {
                MaterializeResult result = materializer.materializeAll();
                assertThat(result.materialized()).hasSize(PARTS + 1);
                assertThat(result.withStatus(AssetStatus.FAILED)).isEmpty();
            }
            for (int part = 0; part < PARTS; part++) {
                long from = part * ROWS_PER_PART;
                assertThat(materializer.load(AssetKey.<Item>of(partKey(part))).stream().map(Item::id))
                        .as(partKey(part)).containsExactlyInAnyOrderElementsOf(
                                LongStream.range(from, from + ROWS_PER_PART).boxed().toList());
            }
            assertThat(materializer.load(AssetKey.<ItemId>of("total")))
                    .containsExactly(new ItemId(PARTS * ROWS_PER_PART));
            assertThat(materializer.history()).filteredOn(r -> r.status() == AssetStatus.MATERIALIZED)
                    .hasSize(2 * (PARTS + 1));
        }
    }

    private static String partKey(int part) {
        return String.format("part_%02d", part);
    }
}
