package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.io.InMemoryIOManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A backfill computes at most {@code parallelism} assets at once, across all its partitions. */
class BackfillParallelismTest {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final AtomicInteger computed = new AtomicInteger();

    /** An asset of one row per partition that takes 150 ms, counting how many such computations overlap. */
    private AssetDefinition<Sale> slow(String key) {
        return AssetDefinition.builder(key, Sale.ROW_TYPE)
                .partitions(Partitions.daily("day", "2024-01-01", "2024-01-08"))
                .computation(in -> {
                    int now = running.incrementAndGet();
                    most.accumulateAndGet(now, Math::max);
                    try {
                        Thread.sleep(150);
                    } finally {
                        running.decrementAndGet();
                        computed.incrementAndGet();
                    }
                    return Stream.of(new Sale(1, key, 1.0, LocalDate.parse(in.context().partitionKey().orElseThrow())));
                }).build();
    }

    @Test
    void aBackfillOfIndependentAssetsRunsAtMostParallelismAssetsAtOnce() {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assets.add(slow("slow_" + i));
        }
        try (Materializer materializer = Materializer.builder(AssetGraph.of(assets))
                .ioManager("default", new InMemoryIOManager()).parallelism(3).build()) {
            BackfillResult result = materializer.backfill(AssetSelection.all(), "2024-01-01", "2024-01-08", false);

            assertThat(result.isSuccess()).as(result.toString()).isTrue();
        }
        assertThat(computed.get()).isEqualTo(4 * 8);
        // 8 partitions of 4 independent assets: 3 partitions at once used to compute 3 x 3 = 9 assets at once.
        assertThat(most.get()).isEqualTo(3);
    }
}
