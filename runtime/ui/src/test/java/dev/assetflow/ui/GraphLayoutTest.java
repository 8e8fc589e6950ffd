package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.ui.demo.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layout puts every asset right of its upstream assets, inside its group's box. */
class GraphLayoutTest {

    record Value(long value) {
        static final RowType<Value> ROW_TYPE = RowType.of("Value", List.of(Column.of("value", ColumnType.BIGINT, false)),
                (row, sink) -> sink.putLong(row.value()), source -> new Value(source.getLong(0)));
    }

    private static void assertLaidOutByLineage(AssetGraph graph, GraphLayout layout) {
        for (AssetDefinition<?> asset : graph.assets()) {
            GraphLayout.Box box = layout.nodes().get(asset.key());
            for (String up : graph.upstream(asset.key())) {
                GraphLayout.Box upstream = layout.nodes().get(up);
                assertThat(upstream.x() + upstream.width()).as(up + " left of " + asset.key()).isLessThan(box.x());
            }
        }
        assertThat(layout.edges()).allSatisfy(e -> assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void theDemoPipelineInItsGroups() {
        AssetGraph graph = Pipeline.graph();
        GraphLayout layout = GraphLayout.of(graph);
        assertLaidOutByLineage(graph, layout);
        assertThat(layout.groups()).extracting(GraphLayout.Box::key).containsExactly("ingest", "reporting");
        for (AssetDefinition<?> asset : graph.assets()) {
            GraphLayout.Box box = layout.nodes().get(asset.key());
            GraphLayout.Box group = layout.groups().stream().filter(g -> g.key().equals(asset.group())).findFirst()
                    .orElseThrow();
            assertThat(box.x()).isGreaterThan(group.x());
            assertThat(box.x() + box.width()).isLessThan(group.x() + group.width());
            assertThat(box.y()).isGreaterThan(group.y() + GraphLayout.GROUP_LABEL);
        }
        assertThat(layout.edges()).hasSize(4);
    }

    @Test
    void aThousandAssetsInOneGroup() {
        List<AssetDefinition<?>> assets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            AssetDefinition.Builder<Value> builder = AssetDefinition.builder("asset_" + i, Value.ROW_TYPE)
                    .computation(in -> Stream.of(new Value(1)));
            if (i > 0) {
                builder.dep("asset_" + (i - 1) / 3);
            }
            assets.add(builder.build());
        }
        AssetGraph graph = AssetGraph.of(assets);
        long start = System.nanoTime();
        GraphLayout layout = GraphLayout.of(graph);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ELK layered layout of 1,000 assets (a ternary tree): " + millis + " ms");
        assertLaidOutByLineage(graph, layout);
        assertThat(layout.groups()).isEmpty();
        assertThat(GraphSvg.render(layout, List.of())).startsWith("<svg class=\"graph\"");
    }
}
