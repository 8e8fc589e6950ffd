package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.runtime.AssetGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a pipeline goes is chosen once, with {@code @AssetPipeline} on a package or with the processor options,
 * and stays there; a module can have two pipelines; where the choice is ambiguous, javac says so.
 */
class PipelinePlacementTest {

    private static JavaFileObject packageInfo(String packageName, String annotation) {
        return source(packageName + ".package-info", annotation + "\npackage " + packageName + ";\n");
    }

    private static JavaFileObject assets(String packageName, String className, String body) {
        return source(packageName + "." + className, """
                package %s;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class %s {
                    public record Row(long id) {}

                %s}
                """.formatted(packageName, className, body));
    }

    private static JavaFileObject simpleAssets(String packageName, String className, String key) {
        return assets(packageName, className, """
                    @Asset
                    public static List<Row> %s() { return List.of(new Row(1)); }
                """.formatted(key));
    }

    @Test
    void annotatedPackageTakesThePipelineWithItsName() {
        Compilation compilation = Compilations.compile(
                packageInfo("com.acme", "@dev.assetflow.AssetPipeline(name = \"ShopPipeline\")"),
                simpleAssets("com.acme.orders.deep", "Orders", "orders"),
                simpleAssets("com.acme.orders.deeper", "MoreOrders", "more_orders"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.ShopPipeline").isNotNull();
        assertThat(compilation.generatedSourceFile("com.acme.orders.Pipeline")).isEmpty();
    }

    @Test
    void nameOptionNamesThePipeline() {
        Compilation compilation = Compilations.compiler("-Aassetflow.pipeline=ShopPipeline").compile(
                simpleAssets("com.acme.orders", "Orders", "orders"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.orders.ShopPipeline").isNotNull();
    }

    @Test
    void assetsOutsideTheAnnotatedPackagesAreAnErrorRatherThanAPipelineSomewhereElse() {
        JavaFileObject other = simpleAssets("com.acme.other", "Other", "other");
        Compilation compilation = Compilations.compile(packageInfo("com.acme.shop", "@dev.assetflow.AssetPipeline"),
                simpleAssets("com.acme.shop", "Orders", "orders"), other);
        assertThat(compilation).hadErrorContaining(Messages.ambiguousPipeline("com.acme.other.Other",
                "com.acme.other", List.of("com.acme.shop"))).inFile(other).onLineContaining("public final class Other");
        assertThat(compilation).hadErrorCount(1);
        assertThat(Compilations.compiler("-Aassetflow.package=com.acme.rest").compile(
                packageInfo("com.acme.shop", "@dev.assetflow.AssetPipeline"),
                simpleAssets("com.acme.shop", "Orders", "orders"), other)).succeededWithoutWarnings();
    }

    @Test
    void invalidPipelineNamesAreReportedWhereTheyAreWritten() {
        JavaFileObject info = packageInfo("com.acme", "@dev.assetflow.AssetPipeline(name = \"shop-pipeline\")");
        Compilation compilation = Compilations.compile(info, simpleAssets("com.acme", "Orders", "orders"));
        assertThat(compilation).hadErrorContaining(Messages.invalidPipelineName("shop-pipeline",
                "@AssetPipeline on package com.acme")).inFile(info).onLineContaining("shop-pipeline");
        assertThat(compilation).hadErrorCount(1);

        JavaFileObject orders = simpleAssets("com.acme", "Orders", "orders");
        Compilation option = Compilations.compiler("-Aassetflow.pipeline=class").compile(orders);
        assertThat(option).hadErrorContaining(Messages.invalidPipelineName("class", "-Aassetflow.pipeline"))
                .inFile(orders).onLineContaining("public final class Orders");
        assertThat(option).hadErrorCount(1);
    }

    @Test
    void handWrittenClassWhereThePipelineGoesIsReportedOnIt() {
        JavaFileObject existing = source("com.acme.ShopPipeline", "package com.acme;\n\npublic class ShopPipeline {}\n");
        Compilation compilation = Compilations.compile(
                packageInfo("com.acme", "@dev.assetflow.AssetPipeline(name = \"ShopPipeline\")"),
                simpleAssets("com.acme", "Orders", "orders"), existing);
        assertThat(compilation).hadErrorContaining(Messages.pipelineExists("com.acme.ShopPipeline"))
                .inFile(existing).onLineContaining("class ShopPipeline");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoPipelinesInOneModuleAndAnAssetReadAcrossThem() throws Exception {
        JavaFileObject ingest = assets("com.acme.ingest", "Ingest", """
                    @Asset
                    public static List<Row> raw() { return List.of(new Row(1), new Row(2)); }

                    @Asset
                    public static List<Row> clean(@Input List<Row> raw) { return raw; }

                    @Asset
                    public static List<Row> unrelated() { return List.of(); }
                """);
        JavaFileObject reporting = assets("com.acme.reporting", "Reporting", """
                    @Asset
                    public static List<com.acme.ingest.Ingest.Row> report(@Input List<com.acme.ingest.Ingest.Row> clean) {
                        return clean;
                    }
                """);
        Compilation compilation = Compilations.compile(
                packageInfo("com.acme.ingest", "@dev.assetflow.AssetPipeline(name = \"IngestPipeline\")"),
                packageInfo("com.acme.reporting", "@dev.assetflow.AssetPipeline(name = \"ReportingPipeline\")"),
                ingest, reporting);
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(compilation);
        AssetGraph ingestGraph = (AssetGraph) classes.invokeStatic("com.acme.ingest.IngestPipeline", "graph");
        AssetGraph reportingGraph = (AssetGraph) classes.invokeStatic("com.acme.reporting.ReportingPipeline", "graph");
        assertThat(ingestGraph.keys()).containsExactlyInAnyOrder("raw", "clean", "unrelated");
        assertThat(reportingGraph.keys()).containsExactlyInAnyOrder("report", "clean", "raw");
    }

    @Test
    void annotatedPackageOfAModuleWithoutAssetsGetsAPipelineOfItsUpstreamModules(@TempDir Path modules)
            throws IOException {
        Path core = Modules.module(modules.resolve("core"), List.of(), ModuleSources.core());
        Compilation app = Modules.compiler(List.of(core)).compile(
                packageInfo("com.shop.app", "@dev.assetflow.AssetPipeline(name = \"AppPipeline\")"));
        assertThat(app).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(app, "com.shop.app.AppPipeline")).contains(
                "AssetKey<Order> ORDERS", "AssetKey<RawOrder> RAW_ORDERS", "AssetKey<Customer> CUSTOMERS");
    }

    @Test
    void partialCompilationKeepsTheAnnotatedPlace(@TempDir Path modules) throws IOException {
        JavaFileObject info = packageInfo("com.acme", "@dev.assetflow.AssetPipeline(name = \"ShopPipeline\")");
        JavaFileObject orders = simpleAssets("com.acme.orders", "Orders", "orders");
        JavaFileObject users = simpleAssets("com.acme.users", "Users", "users");
        Path full = modules.resolve("full");
        String pipeline = Modules.generatedSource(Modules.build(full, List.of(), info, orders, users),
                "com.acme.ShopPipeline");
        Compilation partial = Modules.compiler(List.of(full)).compile(orders);
        assertThat(partial).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(partial, "com.acme.ShopPipeline")).isEqualTo(pipeline);
    }
}
