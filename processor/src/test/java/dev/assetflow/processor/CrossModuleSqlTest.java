package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL assets across modules: a downstream module's SQL asset reads the generated tables of an upstream module's
 * Java and SQL assets (found in the upstream's class output, as in its jar), a downstream Java asset reads an
 * upstream SQL asset's rows, and every check across the boundary is reported where the downstream module is
 * wrong.
 */
class CrossModuleSqlTest {

    /** The upstream module's SQL asset: each customer's order total, computed in the database from core's orders. */
    static final JavaFileObject CUSTOMER_TOTAL = source("com.shop.core.CustomerTotal", """
            package com.shop.core;

            public record CustomerTotal(String customer, @Nullable Double total, long orders) {}
            """);

    static final JavaFileObject CORE_SQL = source("com.shop.core.CoreSql", """
            package com.shop.core;

            import static org.jooq.impl.DSL.count;
            import static org.jooq.impl.DSL.select;
            import static org.jooq.impl.DSL.sum;

            import dev.assetflow.Asset;
            import dev.assetflow.Input;
            import org.jooq.Record3;
            import org.jooq.Select;

            public final class CoreSql {
                private CoreSql() {
                }

                @Asset(row = CustomerTotal.class)
                public static Select<Record3<String, Double, Integer>> customerTotals(@Input OrdersTable orders) {
                    return select(orders.CUSTOMER, sum(orders.AMOUNT).coerce(Double.class), count())
                            .from(orders).groupBy(orders.CUSTOMER);
                }
            }
            """);

    static final JavaFileObject REGION_TOTAL = source("com.shop.marts.RegionTotal", """
            package com.shop.marts;

            import com.shop.core.Nullable;

            public record RegionTotal(String region, @Nullable Double total, long customers) {}
            """);

    @TempDir
    static Path modules;
    private static Path core;
    private static Compilation coreCompilation;

    @BeforeAll
    static void buildCore() throws IOException {
        core = modules.resolve("core");
        List<JavaFileObject> sources = new ArrayList<>(List.of(ModuleSources.core()));
        sources.addAll(List.of(CUSTOMER_TOTAL, CORE_SQL));
        coreCompilation = Modules.build(core, List.of(), sources.toArray(JavaFileObject[]::new));
    }

    /** A marts class with the usual imports and {@code body}. */
    private static JavaFileObject marts(String body) {
        return source("com.shop.marts.Marts", """
                package com.shop.marts;

                import static org.jooq.impl.DSL.count;
                import static org.jooq.impl.DSL.select;
                import static org.jooq.impl.DSL.sum;

                import com.shop.core.CustomerTotal;
                import com.shop.core.CustomerTotalsTable;
                import com.shop.core.CustomersTable;
                import com.shop.core.OrdersTable;
                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.Comparator;
                import java.util.List;
                import org.jooq.Record3;
                import org.jooq.Select;

                public final class Marts {
                """ + body + "}\n");
    }

    /** Reads core's SQL asset (customer_totals) and Java asset (customers) in one query. */
    private static final String REGION_TOTALS = """
                @Asset(row = RegionTotal.class)
                public static Select<Record3<String, Double, Integer>> regionTotals(
                        @Input CustomerTotalsTable customerTotals, @Input CustomersTable customers) {
                    return select(customers.REGION, sum(customerTotals.TOTAL).coerce(Double.class), count())
                            .from(customerTotals)
                            .join(customers).on(customers.CUSTOMER.eq(customerTotals.CUSTOMER))
                            .groupBy(customers.REGION);
                }
            """;

    /** A Java asset reading core's SQL asset. */
    private static final String TOP_CUSTOMER = """
                @Asset
                public static List<CustomerTotal> topCustomer(@Input List<CustomerTotal> customerTotals) {
                    return customerTotals.stream().filter(t -> t.total() != null)
                            .max(Comparator.comparing(CustomerTotal::total)).stream().toList();
                }
            """;

    private static Compilation compile(JavaFileObject... sources) {
        return Modules.compiler(List.of(core)).compile(sources);
    }

    @Test
    void downstreamSqlAndJavaAssetsReadTheUpstreamModulesTables() {
        Compilation compilation = compile(REGION_TOTAL, marts(REGION_TOTALS + TOP_CUSTOMER));
        assertThat(compilation).succeededWithoutWarnings();
        String pipeline = Modules.generatedSource(compilation, "com.shop.marts.Pipeline")
                .replaceAll("\\(\\s+", "(").replaceAll("\\s+", " ");
        assertThat(pipeline).contains(
                ".sql(tables -> CoreSql.customerTotals(OrdersTable.at(tables.table(0))))",
                ".sql(tables -> Marts.regionTotals(CustomerTotalsTable.at(tables.table(0)), "
                        + "CustomersTable.at(tables.table(1))))");
        assertThat(CrossModuleTest.codeVersion(compilation, "com.shop.marts.Pipeline", "customer_totals"))
                .isEqualTo(CrossModuleTest.codeVersion(coreCompilation, "com.shop.core.Pipeline", "customer_totals"));
        // the downstream module's own tables only: core's came with core
        assertThat(compilation.generatedSourceFile("com.shop.marts.RegionTotalsTable")).isPresent();
        assertThat(compilation.generatedSourceFile("com.shop.core.CustomerTotalsTable")).isEmpty();
    }

    @Test
    void theWholeGraphMaterializesOnDuckDb(@TempDir Path dir) throws Exception {
        Compilation compilation = compile(REGION_TOTAL, marts(REGION_TOTALS + TOP_CUSTOMER));
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses classes = Modules.load(compilation, List.of(core));
        Materializer.Builder builder = (Materializer.Builder) classes.invokeStatic("com.shop.marts.Pipeline",
                "materializer");
        try (Materializer materializer = builder.url("jdbc:duckdb:" + dir.resolve("shop.duckdb")).parallelism(1)
                .build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.assets()).extracting(r -> r.key() + " " + r.status() + " " + r.rows())
                    .containsExactlyInAnyOrder("raw_orders MATERIALIZED 3", "orders MATERIALIZED 3",
                            "customers MATERIALIZED 2", "customer_totals MATERIALIZED 2",
                            "region_totals MATERIALIZED 2", "top_customer MATERIALIZED 1");
            assertThat(materializer.load(AssetKey.of("region_totals"))).extracting(CrossModuleTest::describe)
                    .containsExactlyInAnyOrder("north 15.0 1", "south null 1");
            assertThat(materializer.load(AssetKey.of("top_customer"))).extracting(CrossModuleTest::describe)
                    .containsExactly("ada 15.0 2");
        }
    }

    @Test
    void aMisspelledColumnOfAnUpstreamTableIsACompileError() {
        JavaFileObject marts = marts("""
                    @Asset(row = RegionTotal.class)
                    public static Select<Record3<String, Double, Integer>> regionTotals(
                            @Input CustomerTotalsTable customerTotals, @Input CustomersTable customers) {
                        return select(customers.REGION, sum(customerTotals.TOTL).coerce(Double.class), count())
                                .from(customerTotals)
                                .join(customers).on(customers.CUSTOMER.eq(customerTotals.CUSTOMER))
                                .groupBy(customers.REGION);
                    }
                """);
        Compilation compilation = compile(REGION_TOTAL, marts);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(marts)
                .onLineContaining("sum(customerTotals.TOTL)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anInputNamingNoUpstreamAssetIsReportedAtTheInput() {
        JavaFileObject marts = marts("""
                    @Asset(row = RegionTotal.class)
                    public static Select<Record3<String, Double, Integer>> regionTotals(
                            @Input("customer_total") CustomerTotalsTable totals, @Input CustomersTable customers) {
                        return select(customers.REGION, sum(totals.TOTAL).coerce(Double.class), count())
                                .from(totals).join(customers).on(customers.CUSTOMER.eq(totals.CUSTOMER))
                                .groupBy(customers.REGION);
                    }
                """);
        Compilation compilation = compile(REGION_TOTAL, marts);
        assertThat(compilation).hadErrorContaining(Messages.unknownInput("customer_total",
                Optional.of("customer_totals"), "totals", Messages.asset("region_totals")))
                .inFile(marts).onLineContaining("@Input(\"customer_total\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anUpstreamTableReadAsAnotherUpstreamAssetIsCheckedAgainstThatAssetsColumns() {
        JavaFileObject marts = marts("""
                    @Asset(row = RegionTotal.class)
                    public static Select<Record3<String, Double, Integer>> regionTotals(
                            @Input("customers") CustomerTotalsTable totals, @Input CustomersTable customers) {
                        return select(customers.REGION, sum(totals.TOTAL).coerce(Double.class), count())
                                .from(totals).join(customers).on(customers.CUSTOMER.eq(totals.CUSTOMER))
                                .groupBy(customers.REGION);
                    }
                """);
        Compilation compilation = compile(REGION_TOTAL, marts);
        // core's CustomerTotal against the columns of core's customers, as for a table of this module
        for (String column : List.of("total", "orders")) {
            assertThat(compilation).hadErrorContaining(Messages.missingColumn("totals", Messages.asset("region_totals"),
                    column, column, "com.shop.core.CustomerTotal", "customers", Optional.empty(), "customer, region"))
                    .inFile(marts).onLineContaining("@Input(\"customers\")");
        }
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aJavaAssetReadingAnUpstreamSqlAssetsNullableColumnAsNonNullIsAnError() {
        JavaFileObject marts = marts("""
                    public record Total(String customer, double total) {}

                    @Asset
                    public static List<Total> totals(@Input("customer_totals") List<Total> rows) { return rows; }
                """);
        Compilation compilation = compile(marts);
        // CustomerTotal's @Nullable is a type-use annotation, invisible in core's class files to javac 17: only
        // core's metadata says that the SQL asset's column is nullable
        assertThat(compilation).hadErrorContaining(Messages.nullableColumn("rows", Messages.asset("totals"), "total",
                "customer_totals", "double")).inFile(marts).onLineContaining("totals(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aJavaAssetReadsAnUpstreamSqlAssetsRowsNotItsTable() {
        JavaFileObject marts = marts("""
                    @Asset
                    public static List<CustomerTotal> copy(@Input("customer_totals") CustomerTotalsTable totals) {
                        return List.of();
                    }
                """);
        Compilation compilation = compile(marts);
        assertThat(compilation).hadErrorContaining(Messages.tableInputOfJavaCode("totals", "com.shop.marts.Marts#copy",
                "com.shop.core.CustomerTotalsTable")).inFile(marts).onLineContaining("CustomerTotalsTable totals)");
        assertThat(compilation).hadErrorCount(1);
    }
}
