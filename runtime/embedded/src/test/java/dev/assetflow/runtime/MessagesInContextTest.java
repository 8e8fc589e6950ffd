package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that name where they happened: the asset, the input, the table and the row, on a DuckDB file. */
class MessagesInContextTest {

    /** {@code record PositiveId(long id)} whose compact constructor refuses ids below 1. */
    record PositiveId(long id) {
        PositiveId {
            if (id < 1) {
                throw new IllegalArgumentException("id must be positive, was " + id);
            }
        }

        static final RowType<PositiveId> ROW_TYPE = RowType.of("com.acme.PositiveId",
                List.of(Column.of("id", ColumnType.BIGINT, false)), (row, sink) -> sink.putLong(row.id()),
                source -> new PositiveId(source.getLong(0)));
    }

    @TempDir
    Path directory;

    private MaterializeResult run(AssetGraph graph) {
        try (Materializer materializer = Materializer.builder(graph)
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb")).build()) {
            return materializer.materializeAll();
        } catch (MaterializationException e) {
            return e.result();
        }
    }

    private static String failure(MaterializeResult result, String key) {
        return result.asset(key).orElseThrow().error().orElseThrow(() -> new AssertionError(key + " did not fail"))
                .getMessage();
    }

    @Test
    void aNullElementInTheReturnedListNamesTheAssetAndTheRow() {
        AssetDefinition<Sale> sales = AssetDefinition.builder("sales", Sale.ROW_TYPE)
                .computation(in -> Arrays.asList(new Sale(1, "ann", 1.0, LocalDate.of(2024, 1, 1)),
                        new Sale(2, "bob", 2.0, LocalDate.of(2024, 1, 1)), null).stream())
                .build();

        MaterializeResult result = run(AssetGraph.of(List.of(sales)));

        assertThat(failure(result, "sales")).startsWith("asset 'sales': row 3 of the rows for table ")
                .contains("sales is null, not a record").contains("nothing was written");
    }

    @Test
    void aRecordThatRefusesItsValuesWhileAnInputIsReadNamesTheInputTheTableAndTheRow() {
        AssetDefinition<Sale> sales = AssetDefinition.builder("sales", Sale.ROW_TYPE)
                .computation(in -> Stream.of(new Sale(5, "ann", 1.0, LocalDate.of(2024, 1, 1)),
                        new Sale(0, "bob", 2.0, LocalDate.of(2024, 1, 2))))
                .build();
        AssetDefinition<PositiveId> ids = AssetDefinition.builder("ids", PositiveId.ROW_TYPE)
                .input("sales", "sales", PositiveId.ROW_TYPE)
                .computation(in -> in.stream(0, PositiveId.ROW_TYPE).map(id -> new PositiveId(id.id() * 10)))
                .build();

        MaterializeResult result = run(AssetGraph.of(List.of(sales, ids)));

        assertThat(result.asset("sales").orElseThrow().status()).isEqualTo(AssetStatus.MATERIALIZED);
        assertThat(failure(result, "ids")).isEqualTo("asset 'ids' reading input 'sales' (table sales of asset"
                + " 'sales', into com.acme.PositiveId): row 2 could not be read: IllegalArgumentException: id must"
                + " be positive, was 0");
    }
}
