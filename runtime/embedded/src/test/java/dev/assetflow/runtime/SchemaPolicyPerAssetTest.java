package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.Sale.OwnerTotal;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TableSlice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An asset's own schema policy, and the materializer's override of it, against a DuckDB file whose IO
 * manager fails on schema changes.
 */
class SchemaPolicyPerAssetTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final List<Sale> OLD_ROWS = List.of(new Sale(1, "ann", 2.5, DAY), new Sale(2, "bob", null, DAY));
    private static final List<OwnerTotal> NEW_ROWS = List.of(new OwnerTotal("ann", 2.5), new OwnerTotal("bob", 0));

    @TempDir
    Path directory;

    private DuckDbIOManager io;

    @BeforeEach
    void storeTheOldTable() {
        io = DuckDbIOManager.builder("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"))
                .schemaPolicy(SchemaPolicy.FAIL).build();
        AssetDefinition<Sale> old = AssetDefinition.builder("sales", Sale.ROW_TYPE)
                .computation(inputs -> OLD_ROWS.stream()).build();
        try (Materializer materializer = materializer(old).build()) {
            materializer.materializeAll();
        }
    }

    @AfterEach
    void close() {
        io.close();
    }

    private Materializer.Builder materializer(AssetDefinition<?> asset) {
        return Materializer.builder(AssetGraph.of(List.of(asset))).ioManager("default", io);
    }

    /** The asset {@code sales} with other columns than the stored table, and {@code policy} (null: none). */
    private static AssetDefinition<OwnerTotal> changed(SchemaPolicy policy) {
        return AssetDefinition.builder("sales", OwnerTotal.ROW_TYPE)
                .schemaPolicy(policy)
                .computation(inputs -> NEW_ROWS.stream())
                .build();
    }

    private void assertReplaced(Materializer materializer) {
        assertThat(materializer.load(AssetKey.<OwnerTotal>of("sales"))).containsExactlyElementsOf(NEW_ROWS);
        assertThatThrownBy(this::storedSales).hasMessageContaining("no column 'id'");
    }

    private void assertFailedWithDiffAndUnchanged(Materializer materializer) {
        MaterializationException failure = catchThrowableOfType(MaterializationException.class,
                materializer::materializeAll);
        Throwable error = failure.result().asset("sales").orElseThrow().error().orElseThrow();
        assertThat(error).isInstanceOfSatisfying(SchemaMismatchException.class, mismatch -> {
            assertThat(mismatch.asset()).isEqualTo("sales");
            assertThat(mismatch.table()).isEqualTo("main.sales");
            assertThat(mismatch.columns()).containsExactly("total", "id", "amount", "day");
        });
        assertThat(error).hasMessageContaining("nothing was changed")
                .hasMessageMatching("(?s).*total +DOUBLE NOT NULL +\\(missing\\).*")
                .hasMessageMatching("(?s).*id +\\(not in the row type\\) +BIGINT NOT NULL.*");
        assertThat(storedSales()).containsExactlyElementsOf(OLD_ROWS);
    }

    /** The table read with the old row type, beside the materializer whose asset has the new one. */
    private List<Sale> storedSales() {
        try (Stream<Sale> rows = io.read(new TableSlice("sales", null, "sales"), Sale.ROW_TYPE)) {
            return rows.toList();
        }
    }

    @Test
    void anAssetThatAsksForReplaceRecreatesItsTableThoughItsIoManagerFails() {
        AssetDefinition<OwnerTotal> asset = changed(SchemaPolicy.REPLACE);
        assertThat(asset.schemaPolicy()).contains(SchemaPolicy.REPLACE);
        try (Materializer materializer = materializer(asset).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.asset("sales").orElseThrow().rows()).isEqualTo(2);
            assertReplaced(materializer);
        }
    }

    @Test
    void anAssetWithoutAPolicyFailsWithTheDiffAndLeavesTheTable() {
        AssetDefinition<OwnerTotal> asset = changed(null);
        assertThat(asset.schemaPolicy()).isEmpty();
        try (Materializer materializer = materializer(asset).build()) {
            assertFailedWithDiffAndUnchanged(materializer);
        }
    }

    @Test
    void anAssetThatAsksForFailFailsEvenWhenItsIoManagerReplaces() {
        io.close();
        io = DuckDbIOManager.builder("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"))
                .schemaPolicy(SchemaPolicy.REPLACE).build();
        try (Materializer materializer = materializer(changed(SchemaPolicy.FAIL)).build()) {
            assertFailedWithDiffAndUnchanged(materializer);
        }
    }

    @Test
    void theMaterializersPolicyWinsOverTheAssetsAndTheIoManagers() {
        try (Materializer materializer = materializer(changed(SchemaPolicy.REPLACE))
                .schemaPolicy("sales", SchemaPolicy.FAIL).build()) {
            assertFailedWithDiffAndUnchanged(materializer);
        }
        try (Materializer materializer = materializer(changed(null))
                .schemaPolicy("sales", SchemaPolicy.REPLACE).build()) {
            materializer.materializeAll();
            assertReplaced(materializer);
        }
    }

    @Test
    void addColumnsPerAssetAddsNullableColumnsAndRejectsOtherChanges() {
        RowType<Object[]> wider = RowType.of("Wider", List.of(
                        Column.of("id", ColumnType.BIGINT, false),
                        Column.of("owner", ColumnType.VARCHAR, false),
                        Column.of("amount", ColumnType.DOUBLE, true),
                        Column.of("day", ColumnType.DATE, false),
                        Column.of("region", ColumnType.VARCHAR, true)),
                (row, sink) -> {
                    sink.putLong((Long) row[0]);
                    sink.putString("cy");
                    sink.putNull();
                    sink.putDate(DAY);
                    sink.putString((String) row[1]);
                },
                source -> new Object[] {source.getLong(0), source.getString(4)});
        AssetDefinition<Object[]> widened = AssetDefinition.builder("sales", wider)
                .schemaPolicy(SchemaPolicy.ADD_COLUMNS)
                .computation(inputs -> Stream.<Object[]>of(new Object[] {7L, "north"}))
                .build();
        try (Materializer materializer = materializer(widened).build()) {
            materializer.materializeAll();
            assertThat(materializer.load(AssetKey.<Object[]>of("sales"))).containsExactly(new Object[] {7L, "north"});
        }
        try (Materializer materializer = materializer(changed(SchemaPolicy.ADD_COLUMNS)).build()) {
            MaterializationException failure = catchThrowableOfType(MaterializationException.class,
                    materializer::materializeAll);
            assertThat(failure.result().asset("sales").orElseThrow().error().orElseThrow())
                    .isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("ADD_COLUMNS only adds new nullable columns");
        }
    }

    @Test
    void anOverrideForAnUnknownAssetFailsAtBuildWithASuggestion() {
        assertThatThrownBy(() -> materializer(changed(null)).schemaPolicy("sale", SchemaPolicy.REPLACE).build())
                .isInstanceOf(AssetflowException.class)
                .hasMessageContaining("schemaPolicy(\"sale\", REPLACE) names no asset of the graph")
                .hasMessageContaining("did you mean 'sales'?");
    }
}
