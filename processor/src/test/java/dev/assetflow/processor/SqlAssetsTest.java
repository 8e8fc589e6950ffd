package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.assetflow.processor.base.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * SQL assets: the generated jOOQ table of every asset (golden file), SQL asset methods returning a jOOQ
 * {@code Select} over those tables, and every diagnostic about them (text, file, line).
 */
class SqlAssetsTest {

    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("assetflow.updateGolden");
    static final String TABLE_GOLDEN = "golden/sql/CleanSalesDataTable.java";

    static JavaFileObject cleanSale() {
        return source("test.CleanSale", """
                package test;

                import dev.assetflow.Decimal;
                import java.math.BigDecimal;
                import java.time.LocalDate;

                public record CleanSale(long id, String owner, double amount, LocalDate day,
                        @Nullable Integer units, @Decimal(precision = 12, scale = 2) BigDecimal price) {
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
                    public @interface Nullable {}
                }
                """);
    }

    static JavaFileObject summary() {
        return source("test.OwnerTotal", """
                package test;

                public record OwnerTotal(String owner, double total, long sales) {}
                """);
    }

    /** A class with a Java asset {@code clean_sales_data} and the given SQL asset methods. */
    static JavaFileObject sqlAssets(String body) {
        return source("test.Assets", """
                package test;

                import static org.jooq.impl.DSL.count;
                import static org.jooq.impl.DSL.select;
                import static org.jooq.impl.DSL.sum;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;
                import org.jooq.Record2;
                import org.jooq.Record3;
                import org.jooq.Select;

                public final class Assets {
                    @Asset
                    public static List<CleanSale> cleanSalesData() { return List.of(); }
                """ + body + "}\n");
    }

    static final String SUMMARY = """
                @Asset(row = OwnerTotal.class)
                public static Select<Record3<String, Double, Integer>> salesSummary(
                        @Input("clean_sales_data") CleanSalesDataTable s) {
                    return select(s.OWNER, sum(s.AMOUNT).coerce(Double.class), count())
                            .from(s).groupBy(s.OWNER);
                }
            """;

    @Test
    void everyAssetGetsATypedTableMatchingTheGoldenFile() throws IOException {
        Compilation compilation = Compilations.compile(cleanSale(), summary(), sqlAssets(SUMMARY));
        assertThat(compilation).succeededWithoutWarnings();
        if (UPDATE_GOLDEN) {
            Files.writeString(Path.of("src/test/resources", TABLE_GOLDEN), compilation
                    .generatedSourceFile("test.CleanSalesDataTable").orElseThrow().getCharContent(true).toString(),
                    StandardCharsets.UTF_8);
        }
        assertThat(compilation).generatedSourceFile("test.CleanSalesDataTable")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(TABLE_GOLDEN));
        // the SQL asset has its own table, for SQL assets downstream of it
        assertThat(compilation).generatedSourceFile("test.SalesSummaryTable").isNotNull();
    }

    @Test
    void aSqlAssetIsDefinedWithItsQueryOverItsInputTables() throws IOException {
        Compilation compilation = Compilations.compile(cleanSale(), summary(), sqlAssets(SUMMARY));
        assertThat(compilation).succeededWithoutWarnings();
        String pipeline = compilation.generatedSourceFile("test.Pipeline").orElseThrow().getCharContent(true)
                .toString();
        assertThat(pipeline).contains(".input(\"clean_sales_data\", \"s\", ")
                .contains(".sql(tables -> Assets.salesSummary(CleanSalesDataTable.at(tables.table(0))))");
    }

    @Test
    void sqlAssetsReadSqlAssetsAndJavaAssetsReadThem() {
        JavaFileObject assets = sqlAssets(SUMMARY + """
                @Asset(row = OwnerTotal.class)
                public static Select<Record3<String, Double, Long>> topOwners(@Input SalesSummaryTable salesSummary) {
                    return select(salesSummary.OWNER, salesSummary.TOTAL, salesSummary.SALES).from(salesSummary)
                            .where(salesSummary.TOTAL.gt(100.0));
                }

                @Asset
                public static List<OwnerTotal> copied(@Input("top_owners") List<OwnerTotal> rows) { return rows; }
            """);
        assertThat(Compilations.compile(cleanSale(), summary(), assets)).succeededWithoutWarnings();
    }

    @Test
    void aSqlAssetIsPartitionedLikeAJavaAsset() throws IOException {
        JavaFileObject assets = sqlAssets("""
                @Asset(row = CleanSale.class)
                @dev.assetflow.DailyPartitions(column = "day", start = "2024-01-01", end = "2024-01-31")
                public static Select<org.jooq.Record6<Long, String, Double, java.time.LocalDate, Integer,
                        java.math.BigDecimal>> cleanCopy(@Input("clean_sales_data") CleanSalesDataTable s) {
                    return select(s.ID, s.OWNER, s.AMOUNT, s.DAY, s.UNITS, s.PRICE).from(s);
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("test.Pipeline").orElseThrow().getCharContent(true).toString())
                .contains(".partitions(Partitions.daily(\"day\", \"2024-01-01\", \"2024-01-31\"))");
    }

    @Test
    void aSqlCheckReturnsItsFailingRows() throws IOException {
        JavaFileObject assets = sqlAssets(SUMMARY + """
                @dev.assetflow.AssetCheck(asset = "sales_summary", description = "No negative total")
                public static Select<?> noNegativeTotals(@Input("sales_summary") SalesSummaryTable s) {
                    return org.jooq.impl.DSL.selectFrom(s).where(s.TOTAL.lt(0.0));
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("test.Pipeline").orElseThrow().getCharContent(true).toString())
                .contains(".sql(tables -> Assets.noNegativeTotals(SalesSummaryTable.at(tables.table(0))))");
    }

    @Test
    void aSqlCheckReadsTablesNotRows() {
        JavaFileObject assets = sqlAssets("""
                @dev.assetflow.AssetCheck(asset = "clean_sales_data")
                public static Select<?> positive(@Input("clean_sales_data") List<CleanSale> rows) {
                    return null;
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.sqlInputNotTable("rows", "test.Assets#positive",
                "java.util.List<test.CleanSale>")).inFile(assets).onLineContaining("List<CleanSale> rows)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aMisspelledColumnIsACompileError() {
        JavaFileObject assets = sqlAssets("""
                @Asset(row = OwnerTotal.class)
                public static Select<Record3<String, Double, Integer>> salesSummary(
                        @Input("clean_sales_data") CleanSalesDataTable s) {
                    return select(s.OWNR, sum(s.AMOUNT).coerce(Double.class), count())
                            .from(s).groupBy(s.OWNER);
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(assets)
                .onLineContaining("select(s.OWNR");
    }

    @Test
    void aQueryColumnOfAnotherTypeThanTheRecordsIsAnError() {
        JavaFileObject assets = sqlAssets("""
                @Asset(row = OwnerTotal.class)
                public static Select<Record3<String, String, Integer>> salesSummary(
                        @Input("clean_sales_data") CleanSalesDataTable s) {
                    return select(s.OWNER, s.OWNER, count()).from(s).groupBy(s.OWNER);
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.sqlColumnType("test.Assets#salesSummary", 2,
                "Field<java.lang.String>", "total", "test.OwnerTotal", "double"))
                .inFile(assets).onLineContaining("salesSummary(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aQueryWithTooFewColumnsIsAnError() {
        JavaFileObject assets = sqlAssets("""
                @Asset(row = OwnerTotal.class)
                public static Select<Record2<String, Double>> salesSummary(@Input("clean_sales_data") CleanSalesDataTable s) {
                    return select(s.OWNER, s.AMOUNT).from(s);
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.sqlColumnCount("test.Assets#salesSummary", 2,
                "test.OwnerTotal", 3, "owner, total, sales")).inFile(assets).onLineContaining("salesSummary(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSqlAssetNamesItsRowRecord() {
        JavaFileObject assets = sqlAssets("""
                @Asset
                public static Select<Record2<String, Double>> salesSummary(@Input("clean_sales_data") CleanSalesDataTable s) {
                    return select(s.OWNER, s.AMOUNT).from(s);
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.sqlAssetWithoutRow("test.Assets#salesSummary",
                "org.jooq.Select<org.jooq.Record2<java.lang.String,java.lang.Double>>")).inFile(assets).onLineContaining("salesSummary(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSqlAssetReadsTablesNotRows() {
        JavaFileObject assets = sqlAssets("""
                @Asset(row = OwnerTotal.class)
                public static Select<Record3<String, Double, Long>> salesSummary(@Input("clean_sales_data") List<CleanSale> s) {
                    return null;
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.sqlInputNotTable("s", "test.Assets#salesSummary",
                "java.util.List<test.CleanSale>")).inFile(assets).onLineContaining("List<CleanSale> s)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aJavaAssetReadsRowsNotTables() {
        // with a SQL asset in the compilation, so that the tables are generated
        JavaFileObject assets = sqlAssets(SUMMARY + """
                @Asset
                public static List<CleanSale> copy(@Input("clean_sales_data") CleanSalesDataTable s) {
                    return List.of();
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.tableInputOfJavaCode("s", "test.Assets#copy",
                "test.CleanSalesDataTable")).inFile(assets).onLineContaining("copy(@Input");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aJavaAssetReadingATableInACompilationWithoutSqlAssetsIsToldItReadsRows() {
        // no SQL asset: no table is generated, and the parameter's type does not exist
        JavaFileObject assets = sqlAssets("""
                @Asset
                public static List<CleanSale> copy(@Input("clean_sales_data") CleanSalesDataTable s) {
                    return List.of();
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.tableInputOfJavaCode("s", "test.Assets#copy",
                "CleanSalesDataTable")).inFile(assets).onLineContaining("copy(@Input");
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(assets)
                .onLineContaining("copy(@Input");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void rowOnAJavaAssetIsAnError() {
        JavaFileObject assets = sqlAssets("""
                @Asset(row = OwnerTotal.class)
                public static List<CleanSale> copy() { return List.of(); }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).hadErrorContaining(Messages.rowOnJavaAsset("test.Assets#copy"))
                .inFile(assets).onLineContaining("row = OwnerTotal.class");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aTableInputMustMatchTheUpstreamColumns() {
        JavaFileObject assets = sqlAssets("""
                @Asset
                public static List<OwnerTotal> totals() { return List.of(); }

                @Asset(row = OwnerTotal.class)
                public static Select<Record3<String, Double, Long>> salesSummary(@Input("totals") CleanSalesDataTable s) {
                    return select(s.OWNER, s.AMOUNT, s.ID).from(s);
                }
            """);
        Compilation compilation = Compilations.compile(cleanSale(), summary(), assets);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[assetflow:missing-column]").inFile(assets)
                .onLineContaining("@Input(\"totals\")");
    }
}
