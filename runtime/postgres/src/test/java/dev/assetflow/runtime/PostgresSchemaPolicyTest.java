package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.assetflow.postgres.PostgresIOManager;
import dev.assetflow.postgres.PostgresTestDatabase;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TableSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An asset's own schema policy against the real PostgreSQL server, whose IO manager fails by default. */
class PostgresSchemaPolicyTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    private static final List<Sale> OLD_ROWS = List.of(new Sale(1, "ann", 2.5, LocalDate.of(2024, 3, 1)));
    private static final List<OwnerTotal> NEW_ROWS = List.of(new OwnerTotal("ann", 2.5));

    private static Materializer materializer(PostgresIOManager io, AssetDefinition<?> asset) {
        return Materializer.builder(AssetGraph.of(List.of(asset))).ioManager("default", io).build();
    }

    private static AssetDefinition<OwnerTotal> changed(String key, SchemaPolicy policy) {
        return AssetDefinition.builder(key, OwnerTotal.ROW_TYPE).schemaPolicy(policy)
                .computation(inputs -> NEW_ROWS.stream()).build();
    }

    private static void storeOldTable(PostgresIOManager io, String key) {
        try (Materializer materializer = materializer(io, AssetDefinition.builder(key, Sale.ROW_TYPE)
                .computation(inputs -> OLD_ROWS.stream()).build())) {
            materializer.materializeAll();
        }
    }

    @Test
    void replaceRecreatesTheAssetsTableAndAnAssetWithoutAPolicyFailsWithTheDiff() {
        try (PostgresIOManager io = DATABASE.ioManager()) {
            storeOldTable(io, "pg_replaced");
            try (Materializer materializer = materializer(io, changed("pg_replaced", SchemaPolicy.REPLACE))) {
                materializer.materializeAll();
                assertThat(materializer.load(AssetKey.<OwnerTotal>of("pg_replaced"))).isEqualTo(NEW_ROWS);
            }

            storeOldTable(io, "pg_kept");
            try (Materializer materializer = materializer(io, changed("pg_kept", null))) {
                MaterializationException failure = catchThrowableOfType(MaterializationException.class,
                        materializer::materializeAll);
                assertThat(failure.result().asset("pg_kept").orElseThrow().error().orElseThrow())
                        .isInstanceOfSatisfying(SchemaMismatchException.class,
                                e -> assertThat(e.columns()).containsExactly("total", "id", "amount", "day"))
                        .hasMessageContaining("table " + DATABASE.schema() + ".pg_kept does not match");
            }
            try (Stream<Sale> rows = io.read(new TableSlice("pg_kept", null, "pg_kept"), Sale.ROW_TYPE)) {
                assertThat(rows.toList()).isEqualTo(OLD_ROWS);
            }
        }
    }
}
