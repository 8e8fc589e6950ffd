package dev.assetflow.runtime.reliability;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.InMemoryRunHistory;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.InMemoryIOManager;

/** Faults while writing to the in-memory IO manager. */
class InMemoryFaultsTest extends FaultAtRowContract {

    @Override
    public Materializer materializer(AssetGraph graph) {
        return Materializer.builder(graph).ioManager("default", new InMemoryIOManager())
                .runHistory(new InMemoryRunHistory()).parallelism(2).build();
    }
}
