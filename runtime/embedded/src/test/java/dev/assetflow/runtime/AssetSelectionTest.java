package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale.OwnerTotal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetSelectionTest {

    private final SalesGraph sales = new SalesGraph();
    private final AssetGraph graph = sales.graph();

    @TempDir
    Path directory;

    private List<String> resolve(String expression) {
        return List.copyOf(AssetSelection.parse(expression).resolve(graph));
    }

    @Test
    void keysAndExpansionsResolveInTopologicalOrder() {
        assertThat(resolve("sales_summary")).containsExactly("sales_summary");
        assertThat(resolve("+sales_summary")).containsExactly("raw_sales", "clean_sales", "sales_summary");
        assertThat(resolve("raw_sales+")).containsExactly("raw_sales", "clean_sales", "sales_summary",
                "marketing_leads");
        assertThat(resolve("+clean_sales+")).containsExactly("raw_sales", "clean_sales", "sales_summary");
        assertThat(resolve("sales_summary, marketing_leads  raw_sales")).containsExactly("raw_sales",
                "sales_summary", "marketing_leads");
        assertThat(resolve("group:marketing")).containsExactly("marketing_leads");
        assertThat(resolve("+group:marketing")).containsExactly("raw_sales", "marketing_leads");
        assertThat(resolve("*")).hasSize(4);
    }

    @Test
    void unknownKeysAndGroupsAreNamedWithSuggestions() {
        assertThatThrownBy(() -> resolve("+sales_sumary group:marketting"))
                .isInstanceOf(AssetflowException.class)
                .hasMessageContaining("no asset named 'sales_sumary' (did you mean 'sales_summary'?)")
                .hasMessageContaining("no group named 'marketting' (did you mean 'marketing'?)")
                .hasMessageContaining("groups: marketing, sales");
    }

    @Test
    void malformedExpressionsAreRejected() {
        assertThatThrownBy(() -> AssetSelection.parse("  ")).isInstanceOf(AssetflowException.class)
                .hasMessageContaining("empty asset selection");
        assertThatThrownBy(() -> AssetSelection.parse("+")).hasMessageContaining("malformed selection term '+'");
        assertThatThrownBy(() -> AssetSelection.parse("group:")).hasMessageContaining("malformed selection term");
        assertThatThrownBy(() -> AssetSelection.parse("a++b")).hasMessageContaining("malformed selection term");
    }

    @Test
    void unselectedUpstreamsAreReadFromTheDuckDbFile() {
        String url = "jdbc:duckdb:" + directory.resolve("w.duckdb");
        try (Materializer materializer = Materializer.builder(graph).url(url).build()) {
            materializer.materializeAll();
            sales.calls.clear();

            MaterializeResult result = materializer.materialize(AssetSelection.parse("sales_summary"));

            assertThat(sales.calls).containsExactly("sales_summary");
            assertThat(result.assets()).extracting(AssetResult::key).containsExactly("sales_summary");
            assertThat(materializer.load(AssetKey.<OwnerTotal>of("sales_summary")))
                    .containsExactly(new OwnerTotal("ann", 15.0), new OwnerTotal("bob", 0.0));
        }
    }
}
