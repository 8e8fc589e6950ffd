package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.io.InMemoryIOManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A thousand assets: layers of 10, each asset reading two assets of the layer before. */
class LargeGraphTest {

    @Test
    void runsAThousandAssetsInDependencyOrderWithLittleOverhead() {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        for (int layer = 0; layer < 100; layer++) {
            for (int i = 0; i < 10; i++) {
                AssetDefinition.Builder<OwnerTotal> builder = AssetDefinition.builder(key(layer, i), OwnerTotal.ROW_TYPE);
                if (layer > 0) {
                    builder.input(key(layer - 1, i), "a", OwnerTotal.ROW_TYPE)
                            .input(key(layer - 1, (i + 1) % 10), "b", OwnerTotal.ROW_TYPE);
                }
                int depth = layer;
                assets.add(builder.computation(inputs -> {
                    double total = depth == 0 ? 1 : inputs.list(0, OwnerTotal.ROW_TYPE).get(0).total()
                            + inputs.list(1, OwnerTotal.ROW_TYPE).get(0).total();
                    return Stream.of(new OwnerTotal("x", total));
                }).build());
            }
        }
        java.util.Collections.reverse(assets);
        AssetGraph graph = AssetGraph.of(assets);
        try (Materializer materializer = Materializer.builder(graph).ioManager("default", new InMemoryIOManager())
                .parallelism(2).build()) {
            materializer.materializeAll();
            long start = System.nanoTime();
            MaterializeResult result = materializer.materializeAll();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(result.materialized()).hasSize(1000);
            assertThat(materializer.load(AssetKey.<OwnerTotal>of(key(20, 3)))).containsExactly(
                    new OwnerTotal("x", Math.pow(2, 20)));
            assertThat(millis).as("ms for 1000 assets").isLessThan(5_000);
            org.slf4j.LoggerFactory.getLogger(LargeGraphTest.class).info("1000 assets in {} ms", millis);
        }
    }

    private static String key(int layer, int i) {
        return "asset_" + layer + "_" + i;
    }
}
