package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.assets;
import static dev.assetflow.processor.Sources.row;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The wiring between assets: unknown upstreams, cycles, duplicate keys. */
class GraphDiagnosticsTest {

    @Test
    void misspelledInputPointsAtTheAnnotationValueWithASuggestion() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> cleanSalesData() { return List.of(); }

                    @Asset
                    public static List<Row> salesSummary(@Input("clean_sale_data") Stream<Row> sales) {
                        return List.of();
                    }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation)
                .hadErrorContaining("no asset named 'clean_sale_data' (did you mean 'clean_sales_data'?)")
                .inFile(assets).onLineContaining("@Input(\"clean_sale_data\")");
        assertThat(compilation).hadErrorContaining(Messages.unknownInput("clean_sale_data",
                Optional.of("clean_sales_data"), "sales", Messages.asset("sales_summary")));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void inputNamedByItsParameterAndNothingClose() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> orders() { return List.of(); }

                    @Asset
                    public static List<Row> report(
                            @Input List<Row> customerAddresses) {
                        return List.of();
                    }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.unknownInput("customer_addresses", Optional.empty(),
                "customerAddresses", Messages.asset("report"))).inFile(assets).onLineContaining("customerAddresses");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void unknownDepPointsAtTheEntry() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> rawOrders() { return List.of(); }

                    @Asset(deps = {
                            "raw_orders",
                            "raw_order"})
                    public static List<Row> audit() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.unknownDep("raw_order", Optional.of("raw_orders"), "audit"))
                .inFile(assets).onLineContaining("\"raw_order\"})");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cycleIsReportedOnEachMemberFromThatMember() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> a(@Input("c") List<Row> fromC) { return List.of(); }

                    @Asset
                    public static List<Row> b(@Input("a") List<Row> fromA) { return List.of(); }

                    @Asset
                    public static List<Row> c(@Input("b") List<Row> fromB) { return List.of(); }

                    @Asset
                    public static List<Row> outside(@Input("c") List<Row> downstreamOfC) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.cycle("a", List.of("a", "b", "c", "a")))
                .inFile(assets).onLineContaining("fromC) {");
        assertThat(compilation).hadErrorContaining("asset 'a' is part of a cycle: a -> b -> c -> a");
        assertThat(compilation).hadErrorContaining(Messages.cycle("b", List.of("b", "c", "a", "b")))
                .inFile(assets).onLineContaining("fromA");
        assertThat(compilation).hadErrorContaining(Messages.cycle("c", List.of("c", "a", "b", "c")))
                .inFile(assets).onLineContaining("fromB");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void selfDependencyThroughDepsIsACycle() {
        JavaFileObject assets = assets("""
                    @Asset(deps = "loop")
                    public static List<Row> loop() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.cycle("loop", List.of("loop", "loop")))
                .inFile(assets).onLineContaining("deps = \"loop\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void duplicateKeysAlsoAfterSnakeCasing() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> salesData() { return List.of(); }

                    @Asset(name = "sales_data")
                    public static List<Row> moreSales() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        String message = Messages.duplicateKey("sales_data", List.of("test.Assets#moreSales", "test.Assets#salesData"));
        assertThat(compilation).hadErrorContaining(message).inFile(assets).onLineContaining("salesData()");
        assertThat(compilation).hadErrorContaining(message).inFile(assets).onLineContaining("name = \"sales_data\"");
        assertThat(compilation).hadErrorCount(2);
    }
}
