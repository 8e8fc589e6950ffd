package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check that holds within one module holds across modules, reported where the downstream module is
 * wrong: the upstream module's assets are known from its metadata, not redeclared.
 */
class CrossModuleDiagnosticsTest {

    @TempDir
    static Path modules;
    private static Path core;

    @BeforeAll
    static void buildCore() throws IOException {
        core = modules.resolve("core");
        Modules.build(core, List.of(), ModuleSources.core());
    }

    private static JavaFileObject marts(String body) {
        return source("com.shop.marts.Marts", """
                package com.shop.marts;

                import com.shop.core.Customer;
                import com.shop.core.Nullable;
                import com.shop.core.Order;
                import dev.assetflow.Asset;
                import dev.assetflow.AssetCheck;
                import dev.assetflow.Input;
                import dev.assetflow.runtime.CheckResult;
                import java.util.List;

                public final class Marts {
                """ + body + "}\n");
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Modules.compiler(List.of(core)).compile(sources);
    }

    @Test
    void unknownUpstreamKeySuggestsTheClosestAssetOfTheUpstreamModule() {
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Order> copy(@Input("order") List<Order> orders) { return orders; }
                """);
        Compilation compilation = compile(marts);
        assertThat(compilation).hadErrorContaining(Messages.unknownInput("order", Optional.of("orders"), "orders",
                Messages.asset("copy"))).inFile(marts).onLineContaining("@Input(\"order\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void projectionOfAnUpstreamAssetIsChecked() {
        JavaFileObject rows = source("com.shop.marts.Rows", """
                package com.shop.marts;

                public final class Rows {
                    public record Total(String customer, double total) {}
                    public record Narrow(String customer, float amount) {}
                    public record Required(String customer, Double amount) {}
                    public record Plain(String customer) {}
                }
                """);
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Rows.Plain> totals(@Input("orders") List<Rows.Total> orders) { return List.of(); }

                    @Asset
                    public static List<Rows.Plain> narrow(@Input("orders") List<Rows.Narrow> orders) { return List.of(); }

                    @Asset
                    public static List<Rows.Plain> required(@Input("orders") List<Rows.Required> orders) { return List.of(); }
                """);
        Compilation compilation = compile(rows, marts);
        assertThat(compilation).hadErrorContaining("[assetflow:missing-column] input orders of asset 'totals' reads"
                + " column 'total' (component total of com.shop.marts.Rows.Total), but asset 'orders' has no such column")
                .inFile(marts).onLineContaining("totals(");
        assertThat(compilation).hadErrorContaining("its columns are: id, customer, amount")
                .inFile(marts).onLineContaining("totals(");
        assertThat(compilation).hadErrorContaining(Messages.incompatibleColumn("orders", Messages.asset("narrow"),
                "amount", "float", "orders", "java.lang.Double")).inFile(marts).onLineContaining("narrow(");
        // core's @Nullable is a type-use annotation, invisible in class files to javac 17: only core's metadata says so
        assertThat(compilation).hadErrorContaining(Messages.nullableColumn("orders", Messages.asset("required"),
                "amount", "orders", "java.lang.Double")).inFile(marts).onLineContaining("required(");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void keyOfAnUpstreamAssetCannotBeDeclaredAgain() {
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Customer> customers() { return List.of(); }
                """);
        JavaFileObject source = source("com.shop.marts.Orders", """
                package com.shop.marts;

                @dev.assetflow.SourceAsset(name = "orders")
                public record Orders(long id) {}
                """);
        Compilation compilation = compile(marts, source);
        assertThat(compilation).hadErrorContaining(Messages.duplicateKey("customers",
                List.of("com.shop.core.CoreAssets#customers", "com.shop.marts.Marts#customers")))
                .inFile(marts).onLineContaining("customers()");
        assertThat(compilation).hadErrorContaining(Messages.sourceCollidesWithAsset("orders", "com.shop.marts.Orders",
                List.of("com.shop.core.CoreAssets#orders"))).inFile(source).onLineContaining("name = \"orders\"");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void checkNamedLikeAnUpstreamCheckOfTheSameAssetIsADuplicate() {
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Customer> vip(@Input List<Customer> customers) { return customers; }

                    @AssetCheck(asset = "orders")
                    public static CheckResult ordersHaveCustomers() { return CheckResult.passed("again"); }
                """);
        Compilation compilation = compile(marts);
        assertThat(compilation).hadErrorContaining(Messages.duplicateCheck("orders_have_customers", "orders",
                List.of("com.shop.core.CoreAssets#ordersHaveCustomers", "com.shop.marts.Marts#ordersHaveCustomers")))
                .inFile(marts).onLineContaining("ordersHaveCustomers()");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cycleThroughAnUpstreamModuleIsReportedWithItsWholePath() throws IOException {
        JavaFileObject row = source("com.x.down.Row", "package com.x.down;\n\npublic record Row(long id) {}\n");
        Path first = Modules.module(modules.resolve("down-v1"), List.of(), row, source("com.x.down.Down", """
                package com.x.down;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class Down {
                    @Asset
                    public static List<Row> d() { return List.of(); }
                }
                """));
        Path up = Modules.module(modules.resolve("up"), List.of(first), source("com.x.up.Up", """
                package com.x.up;

                import com.x.down.Row;
                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class Up {
                    @Asset
                    public static List<Row> u(@Input("d") List<Row> d) { return d; }
                }
                """));
        JavaFileObject down = source("com.x.down.Down", """
                package com.x.down;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class Down {
                    @Asset
                    public static List<Row> d(@Input("u") List<Row> u) { return u; }
                }
                """);
        Compilation compilation = Modules.compiler(List.of(up)).compile(row, down);
        assertThat(compilation).hadErrorContaining(Messages.cycle("d", List.of("d", "u", "d")))
                .inFile(down).onLineContaining("@Input(\"u\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void upstreamTypeTheDownstreamPipelineCannotReachIsReported() throws IOException {
        Path hidden = Modules.module(modules.resolve("hidden"), List.of(), source("com.shop.hidden.Secret",
                "package com.shop.hidden;\n\nrecord Secret(long id) {}\n"), source("com.shop.hidden.HiddenAssets", """
                package com.shop.hidden;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class HiddenAssets {
                    @Asset
                    public static List<Secret> secrets() { return List.of(); }
                }
                """));
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Customer> vip(@Input List<Customer> customers) { return customers; }
                """);
        Compilation compilation = Modules.compiler(List.of(core, hidden)).compile(marts);
        assertThat(compilation).hadErrorContaining(Messages.inaccessibleUpstreamType("com.shop.hidden.Secret",
                "asset 'secrets' (com.shop.hidden.HiddenAssets#secrets)", "com.shop.marts"))
                .inFile(marts).onLineContaining("public final class Marts");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void pipelineNamedLikeTheUpstreamModulesPipelineIsReported() {
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Customer> vip(@Input List<Customer> customers) { return customers; }
                """);
        Compilation compilation = Modules.compiler(List.of(core), "-Aassetflow.package=com.shop.core").compile(marts);
        assertThat(compilation).hadErrorContaining(Messages.pipelineOfOtherModule("com.shop.core.Pipeline",
                List.of("com.shop.core.CoreAssets", "com.shop.core.Region")))
                .inFile(marts).onLineContaining("public final class Marts");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void metadataInAnUnknownFormatIsReported() throws IOException {
        Path future = Modules.module(modules.resolve("future"), List.of(), source(
                "assetflow_aggregated.AssetsOf_com_future_Assets", """
                package assetflow_aggregated;

                public final class AssetsOf_com_future_Assets {
                    public static final String METADATA = "assetflow-metadata\\t99\\ntype\\tcom.future.Assets\\n";
                }
                """));
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<Customer> vip(@Input List<Customer> customers) { return customers; }
                """);
        Compilation compilation = Modules.compiler(List.of(core, future)).compile(marts);
        assertThat(compilation).hadErrorContaining(Messages.metadataVersion(
                "assetflow_aggregated.AssetsOf_com_future_Assets", "99", 1))
                .inFile(marts).onLineContaining("public final class Marts");
        assertThat(compilation).hadErrorCount(1);
    }
}
