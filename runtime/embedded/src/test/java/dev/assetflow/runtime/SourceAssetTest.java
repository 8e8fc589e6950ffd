package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.duckdb.DuckDbIOManager;
import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.io.TableSlice;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceAssetTest {

    @TempDir
    Path directory;

    @Test
    void aSourceAssetIsReadButNeverComputedOrWritten() {
        String url = "jdbc:duckdb:" + directory.resolve("w.duckdb");
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(url)) {
            io.write(new dev.assetflow.runtime.io.TableSlice("erp_sales", "erp", "erp_sales"), Sale.ROW_TYPE,
                    Stream.of(new Sale(1, "ann", 4.0, SalesGraph.DAY), new Sale(2, "bob", 6.0, SalesGraph.DAY)));
        }
        AssetDefinition<Sale> source = AssetDefinition.source("erp_sales", Sale.ROW_TYPE).schema("erp")
                .description("sales from the ERP").group("erp").build();
        AssetDefinition<OwnerAmount> copy = AssetDefinition.builder("sales_copy", OwnerAmount.ROW_TYPE)
                .input("erp_sales", "erpSales", OwnerAmount.ROW_TYPE)
                .computation(in -> in.stream(0, OwnerAmount.ROW_TYPE)).build();
        AssetGraph graph = AssetGraph.of(List.of(source, copy));

        assertThat(source.isSource()).isTrue();
        assertThatThrownBy(source::computation).hasMessageContaining("'erp_sales' is a source asset");
        try (Materializer materializer = Materializer.builder(graph).url(url).build()) {
            MaterializeResult result = materializer.materialize(AssetSelection.parse("+sales_copy"));

            assertThat(result.assets()).extracting(AssetResult::key).containsExactly("sales_copy");
            assertThat(materializer.load(AssetKey.<OwnerAmount>of("sales_copy")))
                    .containsExactly(new OwnerAmount("ann", 4.0), new OwnerAmount("bob", 6.0));
            assertThat(materializer.staleness()).extracting(Staleness::asset).containsExactly("sales_copy");
        }
    }
}
