package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale.OwnerTotal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AssetGraphTest {

    private static AssetDefinition<OwnerTotal> asset(String key, String... upstream) {
        AssetDefinition.Builder<OwnerTotal> builder = AssetDefinition.builder(key, OwnerTotal.ROW_TYPE)
                .method("Assets#" + key);
        for (String up : upstream) {
            builder.input(up, up, OwnerTotal.ROW_TYPE);
        }
        return builder.computation(inputs -> Stream.empty()).build();
    }

    @Test
    void ordersUpstreamFirstAndKeepsDeclarationOrderAmongIndependentAssets() {
        AssetGraph graph = AssetGraph.of(List.of(asset("summary", "clean", "lookup"), asset("clean", "raw"),
                asset("raw"), asset("lookup"), asset("other")));

        assertThat(graph.assets()).extracting(AssetDefinition::key)
                .containsExactly("raw", "clean", "lookup", "summary", "other");
        assertThat(graph.upstream("summary")).containsExactly("clean", "lookup");
        assertThat(graph.downstream("raw")).containsExactly("clean");
        assertThat(graph.downstream("summary")).isEmpty();
        assertThat(graph.asset("clean")).isPresent();
        assertThat(graph.asset("nope")).isEmpty();
    }

    @Test
    void depsCountAsUpstream() {
        AssetDefinition<OwnerTotal> report = AssetDefinition.builder("report", OwnerTotal.ROW_TYPE).dep("raw")
                .computation(inputs -> Stream.empty()).build();

        AssetGraph graph = AssetGraph.of(List.of(report, asset("raw")));

        assertThat(graph.assets()).extracting(AssetDefinition::key).containsExactly("raw", "report");
        assertThat(graph.downstream("raw")).containsExactly("report");
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> AssetGraph.of(List.of(asset("raw"), asset("raw"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate asset key 'raw'");
    }

    @Test
    void rejectsUnknownUpstreamWithASuggestion() {
        assertThatThrownBy(() -> AssetGraph.of(List.of(asset("clean_sales_data"), asset("summary", "clean_sale_data"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asset 'summary' depends on 'clean_sale_data', but no asset has that key"
                        + " (did you mean 'clean_sales_data'?)");
    }

    @Test
    void rejectsCyclesNamingThemInOrder() {
        assertThatThrownBy(() -> AssetGraph.of(List.of(asset("root"), asset("a", "c", "root"), asset("b", "a"),
                asset("c", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the assets form a cycle: a -> b -> c -> a");
    }

    @Test
    void unknownKeyLookupsSuggestTheClosest() {
        AssetGraph graph = AssetGraph.of(List.of(asset("raw_sales")));

        assertThatThrownBy(() -> graph.upstream("raw_sale"))
                .hasMessage("no asset named 'raw_sale' (did you mean 'raw_sales'?)");
        assertThatThrownBy(() -> graph.require("completely_different"))
                .hasMessage("no asset named 'completely_different'");
    }
}
