package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.internal.Rows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesTest {

    /** A resource as a user would write it. */
    record SlackClient(String channel, List<String> sent) {
        void post(String message) {
            sent.add(channel + ": " + message);
        }
    }

    record Thresholds(double minimum) {
    }

    @TempDir
    Path directory;

    private final List<AssetContext> contexts = Collections.synchronizedList(new ArrayList<>());

    private AssetGraph graph() {
        AssetDefinition<Sale> raw = AssetDefinition.builder("raw_sales", Sale.ROW_TYPE).resource(SlackClient.class)
                .computation(in -> {
                    contexts.add(in.context());
                    in.resource(SlackClient.class).post("raw sales loaded");
                    return Rows.of(List.of(new Sale(1, "ann", 1.0, SalesGraph.DAY)));
                }).build();
        AssetDefinition<Sale> big = AssetDefinition.builder("big_sales", Sale.ROW_TYPE).resource(Thresholds.class)
                .resource(SlackClient.class).input("raw_sales", "raw", Sale.ROW_TYPE)
                .computation(in -> in.list(0, Sale.ROW_TYPE).stream()
                        .filter(s -> s.amount() >= in.resource(Thresholds.class).minimum()))
                .build();
        AssetCheckDefinition check = AssetCheckDefinition.builder("few_big_sales", "big_sales")
                .resource(Thresholds.class).computation(in -> CheckResult.passed("ok")).build();
        return AssetGraph.of(List.of(raw, big), List.of(check));
    }

    @Test
    void missingResourcesAreReportedByBuildBeforeAnythingRuns() {
        assertThatThrownBy(() -> Materializer.builder(graph()).url("jdbc:duckdb:" + directory.resolve("w.duckdb"))
                .resource(SlackClient.class, new SlackClient("#data", new ArrayList<>())).build())
                .isInstanceOf(AssetflowException.class)
                .hasMessageContaining("missing resources; nothing was run")
                .hasMessageContaining(Thresholds.class.getName() + " needed by asset 'big_sales', check"
                        + " 'few_big_sales' of 'big_sales'")
                .hasMessageNotContaining(SlackClient.class.getName() + " needed")
                .hasMessageContaining(".resource(Type.class, instance)");
        assertThat(contexts).isEmpty();
    }

    @Test
    void assetsReceiveTheirResourcesAndContext() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (Materializer materializer = Materializer.builder(graph())
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb"))
                .resource(SlackClient.class, new SlackClient("#data", sent))
                .resource(Thresholds.class, new Thresholds(0.5)).build()) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(sent).containsExactly("#data: raw sales loaded");
            assertThat(contexts).hasSize(1);
            AssetContext context = contexts.get(0);
            assertThat(context.runId()).isEqualTo(result.runId());
            assertThat(context.assetKey()).isEqualTo("raw_sales");
            assertThat(context.partitionKey()).isEmpty();
            assertThat(context.log().getName()).isEqualTo("assetflow.asset.raw_sales");
            assertThat(result.asset("big_sales").orElseThrow().rows()).isEqualTo(1);
        }
    }

    @Test
    void anUndeclaredResourceFailsTheAssetWithAClearMessage() {
        AssetDefinition<Sale> sneaky = AssetDefinition.builder("sneaky", Sale.ROW_TYPE)
                .computation(in -> {
                    in.resource(Thresholds.class);
                    return Rows.of(List.<Sale>of());
                }).build();
        try (Materializer materializer = Materializer.builder(AssetGraph.of(List.of(sneaky)))
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb")).build()) {
            assertThatThrownBy(materializer::materializeAll).isInstanceOf(MaterializationException.class)
                    .hasMessageContaining("asset 'sneaky' asks for resource " + Thresholds.class.getName()
                            + ", but none was given");
        }
    }
}
