package dev.assetflow.runtime.reliability;

import dev.assetflow.postgres.PostgresTestDatabase;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Awkward values on the real PostgreSQL server. */
class PostgresBadDataTest extends BadDataContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    @Override
    public Materializer materializer(AssetGraph graph) {
        return Materializer.builder(graph).url(PostgresUrls.withSchema(DATABASE.url(), DATABASE.schema())).build();
    }

    @Override
    public String table(String table) {
        return DATABASE.schema() + "." + table;
    }

    /** Instants beyond the backend's timestamp range and text that is not valid (PostgreSQL: NUL too). */
    @Override
    protected java.util.Set<String> rejectedCases() {
        return java.util.Set.of("far future instant", "max instant", "nul character", "unpaired surrogate");
    }
}
