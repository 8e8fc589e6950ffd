package dev.assetflow.runtime.reliability;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Faults while writing a DuckDB file. (A killed writer process is covered by {@code DuckDbCrashTest}.) */
class DuckDbFaultsTest extends FaultAtRowContract {

    @TempDir
    Path directory;

    @Override
    public Materializer materializer(AssetGraph graph) {
        return Materializer.builder(graph).url("jdbc:duckdb:" + directory.resolve("faults.duckdb")).parallelism(2)
                .build();
    }
}
