package com.shop.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core module runs alone too: its pipeline, placed by {@code @AssetPipeline}, holds only its assets. */
class CorePipelineTest {

    @Test
    void corePipelineMaterializesTheCoreAssets(@TempDir Path dir) {
        try (Materializer materializer = CorePipeline.materializer().url("jdbc:duckdb:" + dir.resolve("core.duckdb"))
                .build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.assets()).extracting(AssetResult::key)
                    .containsExactlyInAnyOrder("raw_orders", "orders", "customers", "customer_orders");
            assertThat(result.assets()).extracting(AssetResult::rows).containsExactlyInAnyOrder(8L, 8L, 4L, 4L);
            assertThat(materializer.load(CorePipeline.RAW_ORDERS).get(2))
                    .isEqualTo(new RawOrder(3, "ALICE ", null, java.time.LocalDate.of(2024, 1, 3)));
            assertThat(materializer.load(CorePipeline.CUSTOMER_ORDERS)).containsExactlyInAnyOrder(
                    new CustomerOrders("alice", 3, 177.75), new CustomerOrders("bob", 2, 99.99),
                    new CustomerOrders("carol", 2, 45.25), new CustomerOrders("dave", 1, 310.0));
        }
    }
}
