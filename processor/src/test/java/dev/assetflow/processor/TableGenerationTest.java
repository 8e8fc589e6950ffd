package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.assetflow.processor.base.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the jOOQ table classes are generated: by default only in a compilation declaring a SQL asset or SQL check
 * (they cost javac ~40 ms each), always with {@code -Aassetflow.tables=all}, never with {@code none}; and what a
 * SQL method reading a table that was not generated is told.
 */
class TableGenerationTest {

    private static final JavaFileObject EVENT = source("test.Event", """
            package test;

            import dev.assetflow.SourceAsset;

            @SourceAsset(name = "events")
            public record Event(long id, String kind) {}
            """);

    /** The SQL asset of {@link SqlAssetsTest}, reading {@code clean_sales_data} through its table. */
    private static final String SQL_ASSET = SqlAssetsTest.SUMMARY;

    private static List<String> generatedTables(Compilation compilation) {
        return compilation.generatedSourceFiles().stream().map(JavaFileObject::getName)
                .filter(name -> name.endsWith("Table.java")).sorted().toList();
    }

    private static List<String> generatedSources(Compilation compilation) {
        return compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).sorted().toList();
    }

    @Test
    void aCompilationWithoutSqlAssetsGetsNoTables() {
        Compilation compilation = Compilations.compile(SqlAssetsTest.cleanSale(), SqlAssetsTest.summary(), EVENT,
                SqlAssetsTest.sqlAssets(""));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedTables(compilation)).isEmpty();
        assertThat(compilation).generatedSourceFile("test.Pipeline");
    }

    @Test
    void aSqlAssetGetsTablesForEveryAssetAndSourceAsset() {
        Compilation compilation = Compilations.compile(SqlAssetsTest.cleanSale(), SqlAssetsTest.summary(), EVENT,
                SqlAssetsTest.sqlAssets(SQL_ASSET));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedTables(compilation)).containsExactly("/SOURCE_OUTPUT/test/CleanSalesDataTable.java",
                "/SOURCE_OUTPUT/test/EventsTable.java", "/SOURCE_OUTPUT/test/SalesSummaryTable.java");
        assertThat(compilation).generatedSourceFile("test.CleanSalesDataTable")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(SqlAssetsTest.TABLE_GOLDEN));
    }

    @Test
    void aSqlCheckAloneGetsTablesForEveryAsset() {
        Compilation compilation = Compilations.compile(SqlAssetsTest.cleanSale(), SqlAssetsTest.summary(), EVENT,
                SqlAssetsTest.sqlAssets("""
                    @dev.assetflow.AssetCheck(asset = "clean_sales_data")
                    public static Select<?> positive(@Input("clean_sales_data") CleanSalesDataTable s) {
                        return org.jooq.impl.DSL.selectFrom(s).where(s.AMOUNT.lt(0.0));
                    }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedTables(compilation)).containsExactly("/SOURCE_OUTPUT/test/CleanSalesDataTable.java",
                "/SOURCE_OUTPUT/test/EventsTable.java");
    }

    @Test
    void allGeneratesTablesWithoutSqlAssets() {
        Compilation compilation = Compilations.compiler("-Aassetflow.tables=all").compile(SqlAssetsTest.cleanSale(),
                SqlAssetsTest.summary(), EVENT, SqlAssetsTest.sqlAssets(""));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedTables(compilation)).containsExactly("/SOURCE_OUTPUT/test/CleanSalesDataTable.java",
                "/SOURCE_OUTPUT/test/EventsTable.java");
        assertThat(compilation).generatedSourceFile("test.CleanSalesDataTable")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(SqlAssetsTest.TABLE_GOLDEN));
    }

    @Test
    void autoIsTheDefault() {
        Compilation byDefault = Compilations.compile(SqlAssetsTest.cleanSale(), SqlAssetsTest.summary(), EVENT,
                SqlAssetsTest.sqlAssets(""));
        Compilation auto = Compilations.compiler("-Aassetflow.tables=auto").compile(SqlAssetsTest.cleanSale(),
                SqlAssetsTest.summary(), EVENT, SqlAssetsTest.sqlAssets(""));
        assertThat(auto).succeededWithoutWarnings();
        assertThat(generatedSources(auto)).isEqualTo(generatedSources(byDefault));
    }

    @Test
    void noneGeneratesNoTablesForASqlAssetWhichIsToldToRemoveTheOption() {
        JavaFileObject assets = SqlAssetsTest.sqlAssets(SQL_ASSET);
        Compilation compilation = Compilations.compiler("-Aassetflow.tables=none").compile(SqlAssetsTest.cleanSale(),
                SqlAssetsTest.summary(), EVENT, assets);
        assertThat(compilation).hadErrorContaining(Messages.missingTable("s", "test.Assets#salesSummary",
                "CleanSalesDataTable", true)).inFile(assets).onLineContaining("CleanSalesDataTable s)");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(assets)
                .onLineContaining("CleanSalesDataTable s)");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void anInvalidValueIsAnErrorNamingTheOptionAndTheValidValues() {
        JavaFileObject assets = SqlAssetsTest.sqlAssets("");
        Compilation compilation = Compilations.compiler("-Aassetflow.tables=always").compile(
                SqlAssetsTest.cleanSale(), SqlAssetsTest.summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.invalidTablesOption("always")).inFile(assets)
                .onLineContaining("public final class Assets");
        assertThat(compilation).hadErrorCount(1);
        assertThat(Messages.invalidTablesOption("always")).contains("-Aassetflow.tables=always", "auto", "all",
                "none");
    }

    /** A module with core's Java assets only (no SQL asset), built with {@code options}. */
    private static Path core(Path dir, String... options) throws IOException {
        Compilation compilation = Modules.compiler(List.of(), options).compile(ModuleSources.core());
        assertThat(compilation).succeededWithoutWarnings();
        return Modules.writeClasses(compilation, dir);
    }

    private static JavaFileObject martsReadingOrders() {
        return source("com.shop.marts.Marts", """
                package com.shop.marts;

                import static org.jooq.impl.DSL.select;

                import com.shop.core.OrdersTable;
                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import org.jooq.Record1;
                import org.jooq.Select;

                public final class Marts {
                    @Asset(row = Buyer.class)
                    public static Select<Record1<String>> buyers(@Input OrdersTable orders) {
                        return select(orders.CUSTOMER).from(orders);
                    }
                }
                """);
    }

    private static final JavaFileObject BUYER = source("com.shop.marts.Buyer", """
            package com.shop.marts;

            public record Buyer(String customer) {}
            """);

    @Test
    void aDownstreamSqlAssetReadingAnUpstreamModuleWithoutTablesIsToldAboutAll(@TempDir Path dir) throws IOException {
        Path core = core(dir.resolve("core"));
        JavaFileObject marts = martsReadingOrders();
        Compilation compilation = Modules.compiler(List.of(core)).compile(BUYER, marts);
        assertThat(compilation).hadErrorContaining(Messages.missingTable("orders", "com.shop.marts.Marts#buyers",
                "OrdersTable", false)).inFile(marts).onLineContaining("@Input OrdersTable orders");
        assertThat(Messages.missingTable("orders", "com.shop.marts.Marts#buyers", "OrdersTable", false))
                .contains("-Aassetflow.tables=all");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(marts)
                .onLineContaining("import com.shop.core.OrdersTable;");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(marts)
                .onLineContaining("@Input OrdersTable orders");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void anUpstreamModuleBuiltWithAllServesDownstreamSqlAssets(@TempDir Path dir) throws IOException {
        Path core = core(dir.resolve("core"), "-Aassetflow.tables=all");
        Compilation compilation = Modules.compiler(List.of(core)).compile(BUYER, martsReadingOrders());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Modules.generatedSource(compilation, "com.shop.marts.Pipeline"))
                .contains("Marts.buyers(OrdersTable.at(tables.table(0)))");
    }

    @Test
    void noneLeavesOutTheTablesOfAModuleWhoseSqlAssetsReadOnlyUpstreamTables(@TempDir Path dir) throws IOException {
        Path core = core(dir.resolve("core"), "-Aassetflow.tables=all");
        Compilation compilation = Modules.compiler(List.of(core), "-Aassetflow.tables=none")
                .compile(BUYER, martsReadingOrders());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedTables(compilation)).isEmpty();
    }
}
