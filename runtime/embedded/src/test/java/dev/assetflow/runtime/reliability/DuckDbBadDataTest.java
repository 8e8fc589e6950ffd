package dev.assetflow.runtime.reliability;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Awkward values on a DuckDB file. */
class DuckDbBadDataTest extends BadDataContract {

    @TempDir
    Path directory;

    @Override
    public Materializer materializer(AssetGraph graph) {
        return Materializer.builder(graph).url("jdbc:duckdb:" + directory.resolve("data.duckdb")).build();
    }

    @Override
    public String table(String table) {
        return "main." + table;
    }

    /** Instants beyond the backend's timestamp range and text that is not valid (PostgreSQL: NUL too). */
    @Override
    protected java.util.Set<String> rejectedCases() {
        return java.util.Set.of("far future instant", "max instant", "unpaired surrogate");
    }
}
