package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.InMemoryIOManager;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module reads another module's assets: the upstream module's class output carries metadata of its assets,
 * and the downstream module's Pipeline checks its inputs against them and runs the whole graph.
 */
class CrossModuleTest {

    /** Run with {@code -Dassetflow.updateGolden=true} to rewrite the golden files from the current output. */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("assetflow.updateGolden");
    private static final String MARTS_GOLDEN = "golden/modules/MartsPipeline.java";
    private static final String MARKER_GOLDEN = "golden/modules/AssetsOf_com_shop_core_CoreAssets.java";
    private static final String MARKER = "assetflow_aggregated.AssetsOf_com_shop_core_CoreAssets";

    @TempDir
    static Path modules;
    private static Path core;
    private static Compilation coreCompilation;
    private static Compilation martsCompilation;

    @BeforeAll
    static void buildModules() throws IOException {
        core = modules.resolve("core");
        coreCompilation = Modules.build(core, List.of(), ModuleSources.core());
        martsCompilation = Modules.compiler(List.of(core)).compile(ModuleSources.marts());
    }

    @Test
    void upstreamModuleWritesOneMarkerPerTypeDeclaringAssets() throws IOException {
        assertThat(coreCompilation).generatedSourceFile(MARKER).isNotNull();
        assertThat(coreCompilation).generatedSourceFile("assetflow_aggregated.AssetsOf_com_shop_core_Region")
                .isNotNull();
        assertThat(coreCompilation).generatedSourceFile("assetflow_aggregated.Pipeline_com_shop_core_Pipeline")
                .isNotNull();
        String marker = Modules.generatedSource(coreCompilation, MARKER);
        if (UPDATE_GOLDEN) {
            Files.writeString(Path.of("src/test/resources", MARKER_GOLDEN), marker, StandardCharsets.UTF_8);
        }
        assertThat(coreCompilation).generatedSourceFile(MARKER)
                .hasSourceEquivalentTo(JavaFileObjects.forResource(MARKER_GOLDEN));
        assertThat(metadata(marker)).contains(
                "method\tcom.shop.core.CoreAssets#orders(java.util.List)\t" + codeVersion(coreCompilation,
                        "com.shop.core.Pipeline", "orders") + "\trawOrders\n",
                "record\tcom.shop.core.Order\tid:0\tcustomer:0\tamount:1\n");
    }

    @Test
    void downstreamPipelineRunsTheUpstreamAssetsWithTheirCodeVersions() throws IOException {
        assertThat(martsCompilation).succeededWithoutWarnings();
        String pipeline = Modules.generatedSource(martsCompilation, "com.shop.marts.Pipeline");
        if (UPDATE_GOLDEN) {
            Files.writeString(Path.of("src/test/resources", MARTS_GOLDEN), pipeline, StandardCharsets.UTF_8);
        }
        assertThat(martsCompilation).generatedSourceFile("com.shop.marts.Pipeline")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(MARTS_GOLDEN));
        for (String key : List.of("raw_orders", "orders", "customers")) {
            assertThat(codeVersion(martsCompilation, "com.shop.marts.Pipeline", key))
                    .as("code version of %s", key)
                    .isEqualTo(codeVersion(coreCompilation, "com.shop.core.Pipeline", key));
        }
        assertThat(pipeline).contains("public static final AssetKey<Order> ORDERS = AssetKey.of(\"orders\");",
                "AssetDefinition.source(\"erp_regions\", RowTypes.REGION)",
                "AssetCheckDefinition.builder(\"orders_have_customers\", \"orders\")");
    }

    @Test
    void downstreamPipelineMaterializesTheWholeGraph() throws Exception {
        CompiledClasses classes = Modules.load(martsCompilation, List.of(core));
        InMemoryIOManager io = new InMemoryIOManager();
        Materializer.Builder builder = (Materializer.Builder) classes.invokeStatic("com.shop.marts.Pipeline",
                "materializer");
        try (Materializer materializer = builder.ioManager("default", io).parallelism(1).build()) {
            AssetGraph graph = materializer.graph();
            assertThat(graph.keys()).contains("raw_orders", "orders", "customers", "erp_regions", "customer_revenue");
            MaterializeResult result = materializer.materialize(AssetSelection.parse("+customer_revenue"));
            assertThat(result.assets()).extracting(r -> r.key() + " " + r.status()).containsExactlyInAnyOrder(
                    "raw_orders " + AssetStatus.MATERIALIZED, "orders " + AssetStatus.MATERIALIZED,
                    "customers " + AssetStatus.MATERIALIZED, "customer_revenue " + AssetStatus.MATERIALIZED);
            List<?> revenue = materializer.load(AssetKey.of("customer_revenue"));
            assertThat(revenue).extracting(CrossModuleTest::describe)
                    .containsExactly("ada north 15.0", "bob south 0.0");
        }
    }

    @Test
    void upstreamPartitionsAreKeptAndAPartitionRunsAcrossModules(@TempDir Path dir) throws Exception {
        Path daily = Modules.module(dir.resolve("daily"), List.of(), Sources.source("com.shop.daily.Sale", """
                package com.shop.daily;

                public record Sale(long id, java.time.LocalDate day, double amount) {}
                """), Sources.source("com.shop.daily.DailyAssets", """
                package com.shop.daily;

                import dev.assetflow.Asset;
                import dev.assetflow.DailyPartitions;
                import dev.assetflow.Retry;
                import dev.assetflow.runtime.AssetContext;
                import java.time.LocalDate;
                import java.util.List;

                public final class DailyAssets {
                    @Asset
                    @DailyPartitions(column = "day", start = "2024-01-01", end = "2024-01-31")
                    @Retry(attempts = 3)
                    public static List<Sale> sales(AssetContext context) {
                        LocalDate day = LocalDate.parse(context.partitionKey().orElseThrow());
                        return List.of(new Sale(day.getDayOfMonth(), day, 10.0 * day.getDayOfMonth()));
                    }
                }
                """));
        Compilation downstream = Modules.compiler(List.of(daily)).compile(Sources.source("com.shop.report.Totals", """
                package com.shop.report;

                import com.shop.daily.Sale;
                import dev.assetflow.Asset;
                import dev.assetflow.DailyPartitions;
                import dev.assetflow.Input;
                import java.util.List;

                public final class Totals {
                    public record DayTotal(java.time.LocalDate day, double total) {}

                    @Asset
                    @DailyPartitions(column = "day", start = "2024-01-01", end = "2024-01-31")
                    public static List<DayTotal> dayTotals(@Input List<Sale> sales) {
                        return sales.stream().map(s -> new DayTotal(s.day(), s.amount())).toList();
                    }
                }
                """));
        assertThat(downstream).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(downstream, "com.shop.report.Pipeline")).contains(
                ".partitions(Partitions.daily(\"day\", \"2024-01-01\", \"2024-01-31\"))", ".retry(3, ");
        Materializer.Builder builder = (Materializer.Builder) Modules.load(downstream, List.of(daily))
                .invokeStatic("com.shop.report.Pipeline", "materializer");
        try (Materializer materializer = builder.ioManager("default", new InMemoryIOManager()).parallelism(1)
                .build()) {
            MaterializeResult result = materializer.materialize(AssetSelection.parse("+day_totals"), "2024-01-02");
            assertThat(result.assets()).extracting(r -> r.key() + " " + r.partition().orElseThrow())
                    .containsExactly("sales 2024-01-02", "day_totals 2024-01-02");
            assertThat(materializer.load(AssetKey.of("day_totals"))).extracting(CrossModuleTest::describe)
                    .containsExactly("2024-01-02 20.0");
        }
    }

    /** The record's components separated by spaces. */
    static String describe(Object record) {
        StringBuilder text = new StringBuilder();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                text.append(text.length() == 0 ? "" : " ").append(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return text.toString();
    }

    /** The text a marker's constants hold, unescaped. */
    static String metadata(String markerSource) {
        Matcher matcher = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(markerSource);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            text.append(matcher.group(1).replace("\\t", "\t").replace("\\n", "\n").replace("\\\"", "\""));
        }
        return text.toString();
    }

    static String codeVersion(Compilation compilation, String pipeline, String key) {
        return new CodeVersionTest.Versions(Modules.generatedSource(compilation, pipeline)).of(key);
    }
}
