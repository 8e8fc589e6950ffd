package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.InMemoryIOManager;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recompiling some files of a module, with the rest on the class path as IDEs do (or handed over as class
 * files, as Gradle does), gives the same Pipeline as compiling all of them: no false "already exists", no
 * asset, check or source asset dropped, the same code versions.
 */
class PartialRecompilationTest {

    private static final String PIPELINE = "com.acme.shop.Pipeline";

    private static final Map<String, String> SHOP = new LinkedHashMap<>();

    static {
        SHOP.put("com.acme.shop.orders.RawOrder", """
                package com.acme.shop.orders;

                public record RawOrder(long id, String customer, double amount) {}
                """);
        SHOP.put("com.acme.shop.orders.Order", """
                package com.acme.shop.orders;

                public record Order(long id, String customer, double amount) {}
                """);
        SHOP.put("com.acme.shop.orders.OrderAssets", """
                package com.acme.shop.orders;

                import com.acme.shop.common.Parsers;
                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class OrderAssets {
                    private OrderAssets() {
                    }

                    @Asset
                    public static List<RawOrder> rawOrders() {
                        return List.of(new RawOrder(1, " ada ", 10), new RawOrder(2, "bob", 5));
                    }

                    @Asset
                    public static List<Order> orders(@Input List<RawOrder> rawOrders) {
                        return rawOrders.stream()
                                .map(o -> new Order(o.id(), Parsers.name(o.customer()), o.amount())).toList();
                    }
                }
                """);
        SHOP.put("com.acme.shop.customers.Customer", """
                package com.acme.shop.customers;

                public record Customer(String name, String region) {}
                """);
        SHOP.put("com.acme.shop.customers.CustomerAssets", """
                package com.acme.shop.customers;

                import com.acme.shop.common.Parsers;
                import com.acme.shop.erp.Region;
                import dev.assetflow.Asset;
                import dev.assetflow.AssetCheck;
                import dev.assetflow.Input;
                import dev.assetflow.runtime.CheckResult;
                import java.util.List;

                public final class CustomerAssets {
                    private CustomerAssets() {
                    }

                    @Asset(deps = "erp_regions")
                    public static List<Customer> customers() {
                        return List.of(new Customer(Parsers.name(" Ada"), "north"));
                    }

                    @AssetCheck(asset = "customers")
                    public static CheckResult namedCustomers(@Input List<Customer> customers) {
                        return CheckResult.passed(customers.size() + " customers");
                    }
                }
                """);
        SHOP.put("com.acme.shop.erp.Region", """
                package com.acme.shop.erp;

                @dev.assetflow.SourceAsset(name = "erp_regions")
                public record Region(String region, String manager) {}
                """);
        SHOP.put("com.acme.shop.common.Parsers", """
                package com.acme.shop.common;

                public final class Parsers {
                    private Parsers() {
                    }

                    public static String name(String text) {
                        return lower(text.strip());
                    }

                    private static String lower(String text) {
                        return text.toLowerCase(java.util.Locale.ROOT);
                    }
                }
                """);
    }

    private static final List<String> ANNOTATED = List.of("com.acme.shop.orders.OrderAssets",
            "com.acme.shop.customers.CustomerAssets", "com.acme.shop.erp.Region");

    @TempDir
    static Path root;
    private static Path full;
    private static String fullPipeline;

    @BeforeAll
    static void buildEverything() throws IOException {
        full = root.resolve("full");
        Compilation compilation = Modules.build(full, List.of(), sources(SHOP, SHOP.keySet()));
        fullPipeline = Modules.generatedSource(compilation, PIPELINE);
    }

    @Test
    void recompilingAnyAnnotatedFileGivesTheSamePipeline() {
        for (String file : ANNOTATED) {
            Compilation partial = Modules.compiler(List.of(full)).compile(sources(SHOP, List.of(file)));
            assertThat(partial).succeededWithoutWarnings();
            assertThat(Modules.generatedSource(partial, PIPELINE)).as("after recompiling %s", file)
                    .isEqualTo(fullPipeline);
        }
    }

    @Test
    void recompilingSeveralFilesGivesTheSamePipeline() {
        Compilation partial = Modules.compiler(List.of(full)).compile(sources(SHOP,
                List.of("com.acme.shop.erp.Region", "com.acme.shop.orders.OrderAssets", "com.acme.shop.orders.Order")));
        assertThat(partial).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(partial, PIPELINE)).isEqualTo(fullPipeline);
    }

    @Test
    void aHelperRecompiledWithAnotherAssetFileChangesTheVersionAsAFullBuildWould() throws IOException {
        Map<String, String> changed = new LinkedHashMap<>(SHOP);
        changed.put("com.acme.shop.common.Parsers", SHOP.get("com.acme.shop.common.Parsers")
                .replace("java.util.Locale.ROOT", "java.util.Locale.ENGLISH"));
        String changedFull = Modules.generatedSource(Modules.compiler(List.of()).compile(
                sources(changed, changed.keySet())), PIPELINE);
        assertThat(CrossModuleVersions.of(changedFull, "orders")).isNotEqualTo(CrossModuleVersions.of(fullPipeline, "orders"));
        Compilation partial = Modules.compiler(List.of(full)).compile(sources(changed,
                List.of("com.acme.shop.common.Parsers", "com.acme.shop.customers.CustomerAssets")));
        assertThat(partial).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(partial, PIPELINE)).isEqualTo(changedFull);
    }

    /**
     * An IDE recompiles a helper alone when only its body changed: no asset file is in that compilation, so
     * the Pipeline is not regenerated then, but the helper's code record is, and the next compilation of any
     * asset file gives the Pipeline of a full build.
     */
    @Test
    void aHelperRecompiledAloneIsSeenByTheNextCompilationOfAnyAssetFile() throws IOException {
        Map<String, String> changed = new LinkedHashMap<>(SHOP);
        changed.put("com.acme.shop.common.Parsers", SHOP.get("com.acme.shop.common.Parsers")
                .replace("text.strip()", "text.trim()"));
        String changedFull = Modules.generatedSource(Modules.compiler(List.of()).compile(
                sources(changed, changed.keySet())), PIPELINE);
        Path helper = root.resolve("helper-alone");
        Compilation alone = Modules.compiler(List.of(full)).compile(sources(changed,
                List.of("com.acme.shop.common.Parsers")));
        assertThat(alone).succeededWithoutWarnings();
        assertThat(alone.generatedSourceFile(PIPELINE)).isEmpty();
        Modules.writeClasses(alone, helper);
        Compilation next = Modules.compiler(List.of(helper, full)).compile(sources(changed,
                List.of("com.acme.shop.erp.Region")));
        assertThat(next).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(next, PIPELINE)).isEqualTo(changedFull);
    }

    @Test
    void partiallyRecompiledPipelineRunsEveryAssetAndCheck() throws Exception {
        Compilation partial = Modules.compiler(List.of(full)).compile(sources(SHOP,
                List.of("com.acme.shop.orders.OrderAssets")));
        assertThat(partial).succeededWithoutWarnings();
        Materializer.Builder builder = (Materializer.Builder) Modules.load(partial, List.of(full))
                .invokeStatic(PIPELINE, "materializer");
        try (Materializer materializer = builder.ioManager("default", new InMemoryIOManager()).parallelism(1)
                .build()) {
            assertThat(materializer.graph().keys()).containsExactlyInAnyOrder("raw_orders", "orders", "customers",
                    "erp_regions");
            MaterializeResult result = materializer.materialize("raw_orders", "orders", "customers");
            assertThat(result.withStatus(AssetStatus.MATERIALIZED)).hasSize(3);
            assertThat(result.asset("customers").orElseThrow().checks()).hasSize(1);
            assertThat(materializer.load(dev.assetflow.runtime.AssetKey.of("orders")))
                    .extracting(CrossModuleTest::describe).containsExactly("1 ada 10.0", "2 bob 5.0");
        }
    }

    @Test
    void aDeletedAssetFileLeavesThePipeline() throws IOException {
        Path withoutCustomers = copy(full, root.resolve("deleted"));
        try (Stream<Path> files = Files.walk(withoutCustomers.resolve("com/acme/shop/customers"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("CustomerAssets")).toList()) {
                Files.delete(file);
            }
        }
        Compilation partial = Modules.compiler(List.of(withoutCustomers)).compile(sources(SHOP,
                List.of("com.acme.shop.orders.OrderAssets")));
        assertThat(partial).succeededWithoutWarnings();
        String pipeline = Modules.generatedSource(partial, PIPELINE);
        assertThat(pipeline).contains("\"orders\"", "\"erp_regions\"").doesNotContain("\"customers\"");
    }

    @Test
    void aHandWrittenClassInThePipelinesPlaceOnTheClassPathIsStillAnError() throws IOException {
        Path other = root.resolve("handwritten");
        Modules.build(other, List.of(), source("com.acme.shop.orders.Pipeline",
                "package com.acme.shop.orders;\n\npublic class Pipeline {}\n"));
        JavaFileObject[] orders = sources(SHOP, List.of("com.acme.shop.orders.OrderAssets",
                "com.acme.shop.orders.RawOrder", "com.acme.shop.orders.Order", "com.acme.shop.common.Parsers"));
        Compilation compilation = Modules.compiler(List.of(other)).compile(orders);
        assertThat(compilation).hadErrorContaining(Messages.pipelineExists("com.acme.shop.orders.Pipeline"))
                .inFile(orders[0]).onLineContaining("public final class OrderAssets");
        assertThat(compilation).hadErrorCount(1);
    }

    /**
     * Gradle's incremental compilation recompiles the changed file and hands the other annotated types to the
     * processors as class files; it deletes what aggregating processors generated (the Pipeline and its index)
     * and keeps what isolating ones generated for the unchanged types (their metadata).
     */
    @Test
    void gradleStyleReprocessingOfClassFilesGivesTheSamePipeline() throws IOException {
        Path output = copy(full, root.resolve("gradle/classes"));
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = output.relativize(file).toString().replace(File.separatorChar, '/');
                if (name.startsWith("com/acme/shop/Pipeline") || name.startsWith("assetflow_aggregated/Pipeline_")
                        || name.startsWith("com/acme/shop/orders/OrderAssets")
                        || name.equals("assetflow_aggregated/AssetsOf_com_acme_shop_orders_OrderAssets.class")) {
                    Files.delete(file);
                }
            }
        }
        Path sourceDir = root.resolve("gradle/src");
        Path orderAssets = sourceDir.resolve("com/acme/shop/orders/OrderAssets.java");
        Files.createDirectories(orderAssets.getParent());
        Files.writeString(orderAssets, SHOP.get("com.acme.shop.orders.OrderAssets"), StandardCharsets.UTF_8);
        Path generated = Files.createDirectories(root.resolve("gradle/generated"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<Path> classPath = new ArrayList<>(List.of(output));
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                classPath.add(Path.of(entry));
            }
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-Xlint:all,-processing"),
                    List.of("com.acme.shop.customers.CustomerAssets", "com.acme.shop.erp.Region"),
                    files.getJavaFileObjectsFromPaths(List.of(orderAssets)));
            task.setProcessors(List.of(new AssetflowProcessor(), new AssetMetadataProcessor()));
            assertThat(task.call()).as("%s", diagnostics.getDiagnostics()).isTrue();
        }
        assertThat(diagnostics.getDiagnostics()).isEmpty();
        assertThat(Files.readString(generated.resolve("com/acme/shop/Pipeline.java"))).isEqualTo(fullPipeline);
    }

    private static JavaFileObject[] sources(Map<String, String> files, Iterable<String> names) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String name : names) {
            sources.add(source(name, files.get(name)));
        }
        return sources.toArray(JavaFileObject[]::new);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return to;
    }

    /** The code version of an asset in a Pipeline's source. */
    private static final class CrossModuleVersions {
        static String of(String pipeline, String key) {
            return new CodeVersionTest.Versions(pipeline).of(key);
        }
    }
}
