package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalenessTest {

    private final SalesGraph sales = new SalesGraph();

    @TempDir
    Path directory;

    private Materializer materializer() {
        return Materializer.builder(sales.graph()).url("jdbc:duckdb:" + directory.resolve("w.duckdb")).build();
    }

    private static String reason(Materializer materializer, String key) {
        return materializer.staleness().stream().filter(s -> s.asset().equals(key)).findFirst().orElseThrow()
                .reason();
    }

    @Test
    void neverMaterializedAssetsAreStaleAndUpToDateOnesAreNotRunAgain() {
        try (Materializer materializer = materializer()) {
            assertThat(materializer.staleness()).allMatch(Staleness::stale)
                    .extracting(Staleness::reason).containsOnly("never materialized");
            materializer.materializeStale();
            assertThat(sales.calls).containsExactlyInAnyOrder("raw_sales", "clean_sales", "sales_summary",
                    "marketing_leads");
            sales.calls.clear();

            MaterializeResult second = materializer.materializeStale();

            assertThat(second.assets()).isEmpty();
            assertThat(materializer.runs(10)).as("no run is recorded when nothing is stale").hasSize(1);
            assertThat(sales.calls).isEmpty();
            assertThat(materializer.staleness()).noneMatch(Staleness::stale);
        }
    }

    @Test
    void aCodeChangeMakesTheAssetAndItsDownstreamStale() {
        try (Materializer materializer = materializer()) {
            materializer.materializeAll();
        }
        sales.cleanVersion = "c3d4e5f6a7";
        sales.calls.clear();
        try (Materializer materializer = materializer()) {
            assertThat(reason(materializer, "clean_sales")).isEqualTo("code changed (v1 -> c3d4e5f6)");
            assertThat(reason(materializer, "sales_summary")).startsWith("upstream clean_sales is stale");
            assertThat(reason(materializer, "raw_sales")).startsWith("up to date");

            materializer.materializeStale();

            assertThat(sales.calls).containsExactly("clean_sales", "sales_summary");
        }
    }

    @Test
    void anUpstreamMaterializedLaterMakesItsDownstreamStale() {
        try (Materializer materializer = materializer()) {
            materializer.materializeAll();
            materializer.materialize("raw_sales");
            sales.calls.clear();

            assertThat(reason(materializer, "clean_sales")).startsWith("upstream raw_sales materialized at ");
            assertThat(reason(materializer, "marketing_leads")).startsWith("upstream raw_sales materialized at ");
            materializer.materializeStale();

            assertThat(sales.calls).containsExactlyInAnyOrder("clean_sales", "sales_summary", "marketing_leads");
            assertThat(materializer.staleness()).noneMatch(Staleness::stale);
        }
    }

    @Test
    void aFailedMaterializationDoesNotCountAsUpToDate() {
        try (Materializer materializer = materializer()) {
            sales.rawRows = List.of(new Sale(1, null, 1.0, SalesGraph.DAY));
            try {
                materializer.materializeAll();
            } catch (MaterializationException expected) {
                // raw_sales failed
            }
            assertThat(reason(materializer, "raw_sales")).isEqualTo("never materialized");
        }
    }
}
