package dev.assetflow.runtime.reliability;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A child JVM that materializes, into the storage URL {@code args[0]} with a run lease of {@code args[1]}
 * milliseconds, one asset that prints {@code started <run id>} and then computes forever: the parent kills it.
 */
public final class LeasedRunMain {

    public static final String ASSET = "endless_items";

    private LeasedRunMain() {
    }

    public static AssetGraph graph() {
        return AssetGraph.of(List.of(AssetDefinition.builder(ASSET, Item.ROW_TYPE).computation(in -> {
            System.out.println("started " + in.context().runId());
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Stream.<Item>empty();
        }).build()));
    }

    public static void main(String[] args) {
        try (Materializer materializer = Materializer.builder(graph()).url(args[0])
                .runLease(Duration.ofMillis(Long.parseLong(args[1]))).build()) {
            materializer.materializeAll();
        }
    }
}
