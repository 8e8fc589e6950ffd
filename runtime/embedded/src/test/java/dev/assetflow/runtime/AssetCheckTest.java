package dev.assetflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetCheckTest {

    private final SalesGraph sales = new SalesGraph();

    @TempDir
    Path directory;

    private Materializer materializer(List<AssetCheckDefinition> checks) {
        AssetGraph graph = AssetGraph.of(List.of(sales.raw(), sales.clean(), sales.summary(), sales.leads()), checks);
        return Materializer.builder(graph).url("jdbc:duckdb:" + directory.resolve("w.duckdb")).build();
    }

    private static AssetCheckDefinition noMissingAmounts(boolean blocking) {
        return AssetCheckDefinition.builder("no_missing_amounts", "raw_sales").blocking(blocking)
                .description("every raw sale has an amount")
                .input("raw_sales", "rawSales", Sale.ROW_TYPE)
                .computation(in -> {
                    long missing = in.list(0, Sale.ROW_TYPE).stream().filter(s -> s.amount() == null).count();
                    return (missing == 0 ? CheckResult.passed("every sale has an amount")
                            : CheckResult.failed(missing + " sales have no amount"))
                            .withMetadata("missing", missing);
                }).build();
    }

    @Test
    void aPassingCheckIsReportedAndRecorded() {
        sales.rawRows = List.of(new Sale(1, "ann", 1.0, SalesGraph.DAY));
        try (Materializer materializer = materializer(List.of(noMissingAmounts(true)))) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.checks()).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(CheckStatus.PASSED);
                assertThat(c.description()).isEqualTo("every sale has an amount");
                assertThat(c.metadata()).containsEntry("missing", 0L);
            });
            assertThat(result.toString()).contains("check raw_sales:no_missing_amounts PASSED");
            CheckRecord record = materializer.checkHistory("raw_sales").get(0);
            assertThat(record.status()).isEqualTo(CheckStatus.PASSED);
            assertThat(record.metadata()).isEqualTo("missing=0");
            assertThat(record.runId()).isEqualTo(result.runId());
        }
    }

    @Test
    void aFailingBlockingCheckSkipsTheDownstreamOfItsAsset() {
        try (Materializer materializer = materializer(List.of(noMissingAmounts(true)))) {
            MaterializationException failure = catchThrowableOfType(MaterializationException.class,
                    materializer::materializeAll);

            MaterializeResult result = failure.result();
            assertThat(result.asset("raw_sales").orElseThrow().status()).isEqualTo(AssetStatus.MATERIALIZED);
            assertThat(result.asset("clean_sales").orElseThrow().skipReason())
                    .hasValue("blocking check 'no_missing_amounts' of 'raw_sales' failed");
            assertThat(result.asset("sales_summary").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(result.asset("marketing_leads").orElseThrow().status()).isEqualTo(AssetStatus.SKIPPED);
            assertThat(failure).hasMessageContaining("raw_sales:no_missing_amounts FAILED: 1 sales have no amount");
            assertThat(sales.calls).containsExactly("raw_sales");
            assertThat(materializer.checkHistory(null)).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAILED));
        }
    }

    @Test
    void aFailingNonBlockingCheckLetsTheDownstreamRun() {
        try (Materializer materializer = materializer(List.of(noMissingAmounts(false)))) {
            MaterializeResult result = materializer.materializeAll();

            assertThat(result.isSuccess()).isTrue();
            assertThat(result.failedChecks()).singleElement()
                    .satisfies(c -> assertThat(c.description()).isEqualTo("1 sales have no amount"));
        }
    }

    @Test
    void aCheckThatThrowsIsAnErrorAndBlocksWhenBlocking() {
        AssetCheckDefinition broken = AssetCheckDefinition.builder("broken", "clean_sales").blocking(true)
                .computation(in -> {
                    throw new IllegalStateException("division by zero");
                }).build();
        try (Materializer materializer = materializer(List.of(broken))) {
            MaterializeResult result = catchThrowableOfType(MaterializationException.class,
                    materializer::materializeAll).result();

            assertThat(result.checks()).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(CheckStatus.ERROR);
                assertThat(c.description()).isEqualTo("IllegalStateException: division by zero");
            });
            assertThat(result.asset("sales_summary").orElseThrow().skipReason())
                    .hasValue("blocking check 'broken' of 'clean_sales' threw");
            assertThat(result.asset("marketing_leads").orElseThrow().status()).isEqualTo(AssetStatus.MATERIALIZED);
        }
    }

    @Test
    void checksOfUnknownAssetsAreRejectedWithASuggestion() {
        AssetCheckDefinition typo = AssetCheckDefinition.builder("c", "raw_sale")
                .computation(in -> CheckResult.passed("")).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssetGraph.of(List.of(sales.raw()), List.of(typo)))
                .hasMessageContaining("check 'c' checks asset 'raw_sale', but no asset has that key (did you mean"
                        + " 'raw_sales'?)");
    }
}
