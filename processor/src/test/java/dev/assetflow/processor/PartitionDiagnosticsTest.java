package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.orchestrated;
import static dev.assetflow.processor.Sources.sale;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Partitions: one way per asset, by a suitable column, with valid bounds or values. */
class PartitionDiagnosticsTest {

    private static final String COLUMNS = "id, region, day, sold_at, color, units";

    @Test
    void validPartitionsCompileWithoutWarnings() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @DailyPartitions(column = "sold_at", start = "2024-01-01")
                    public static List<Sale> daily() { return List.of(); }

                    @Asset
                    @MonthlyPartitions(column = "day", start = "2024-01", end = "2024-01")
                    public static List<Sale> monthly() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "color", values = {"RED", "GREEN"})
                    public static List<Sale> byColor() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "region", values = "eu")
                    public static List<Sale> byRegion() { return List.of(); }
                """);
        assertThat(Compilations.compile(sale(), assets)).succeededWithoutWarnings();
    }

    @Test
    void atMostOnePartitioningPerAsset() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @DailyPartitions(column = "day", start = "2024-01-01")
                    @StaticPartitions(column = "region", values = {"eu", "us"})
                    public static List<Sale> sales() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(sale(), assets);
        String message = Messages.multiplePartitions("test.Assets#sales", List.of("@DailyPartitions",
                "@StaticPartitions"));
        assertThat(compilation).hadErrorContaining(message).inFile(assets).onLineContaining("column = \"day\"");
        assertThat(compilation).hadErrorContaining(message).inFile(assets).onLineContaining("column = \"region\"");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void unknownColumnSuggestsTheColumnOrTheComponentsColumn() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @DailyPartitions(column = "dya", start = "2024-01-01")
                    public static List<Sale> typo() { return List.of(); }

                    @Asset
                    @DailyPartitions(column = "soldAt", start = "2024-01-01")
                    public static List<Sale> componentName() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "country", values = "eu")
                    public static List<Sale> nothingClose() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(sale(), assets);
        assertThat(compilation).hadErrorContaining(Messages.unknownPartitionColumn("@DailyPartitions", "dya", "typo",
                Optional.of("day"), COLUMNS)).inFile(assets).onLineContaining("\"dya\"");
        assertThat(compilation).hadErrorContaining(Messages.unknownPartitionColumn("@DailyPartitions", "soldAt",
                "component_name", Optional.of("sold_at"), COLUMNS)).inFile(assets).onLineContaining("\"soldAt\"");
        assertThat(compilation).hadErrorContaining(Messages.unknownPartitionColumn("@StaticPartitions", "country",
                "nothing_close", Optional.empty(), COLUMNS)).inFile(assets).onLineContaining("\"country\"");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void columnMustHaveASuitableType() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @DailyPartitions(column = "region", start = "2024-01-01")
                    public static List<Sale> dailyByString() { return List.of(); }

                    @Asset
                    @MonthlyPartitions(column = "units", start = "2024-01")
                    public static List<Sale> monthlyByInt() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "day", values = "2024-01-01")
                    public static List<Sale> staticByDate() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(sale(), assets);
        assertThat(compilation).hadErrorContaining(Messages.partitionColumnType("@DailyPartitions", "region",
                "daily_by_string", "java.lang.String", "LocalDate or LocalDateTime"))
                .inFile(assets).onLineContaining("column = \"region\"");
        assertThat(compilation).hadErrorContaining(Messages.partitionColumnType("@MonthlyPartitions", "units",
                "monthly_by_int", "int", "LocalDate or LocalDateTime"))
                .inFile(assets).onLineContaining("column = \"units\"");
        assertThat(compilation).hadErrorContaining(Messages.partitionColumnType("@StaticPartitions", "day",
                "static_by_date", "java.time.LocalDate", "String or an enum"))
                .inFile(assets).onLineContaining("column = \"day\"");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void columnMustNotBeNullable() {
        JavaFileObject nullable = Sources.source("test.Nullable", """
                package test;

                @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
                public @interface Nullable {}
                """);
        JavaFileObject event = Sources.source("test.Event", """
                package test;

                public record Event(long id, java.time.@Nullable LocalDate day) {}
                """);
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @DailyPartitions(column = "day", start = "2024-01-01")
                    public static List<Event> events() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(nullable, event, assets);
        assertThat(compilation).hadErrorContaining(Messages.nullablePartitionColumn("@DailyPartitions", "day",
                "events")).inFile(assets).onLineContaining("column = \"day\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void boundsMustParseAndBeInOrder() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @DailyPartitions(column = "day", start = "2024-13-01")
                    public static List<Sale> badStart() { return List.of(); }

                    @Asset
                    @DailyPartitions(column = "day", start = "2024-01-01",
                            end = "2024-01")
                    public static List<Sale> monthAsDay() { return List.of(); }

                    @Asset
                    @MonthlyPartitions(column = "day", start = "2024-01-01")
                    public static List<Sale> dayAsMonth() { return List.of(); }

                    @Asset
                    @MonthlyPartitions(column = "day", start = "2024-06", end = "2024-05")
                    public static List<Sale> backwards() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(sale(), assets);
        String day = "ISO date such as 2024-01-31";
        String month = "month such as 2024-01 (yyyy-MM)";
        assertThat(compilation).hadErrorContaining(Messages.invalidPartitionBound("@DailyPartitions", "start",
                "2024-13-01", "bad_start", day)).inFile(assets).onLineContaining("\"2024-13-01\"");
        assertThat(compilation).hadErrorContaining(Messages.invalidPartitionBound("@DailyPartitions", "end",
                "2024-01", "month_as_day", day)).inFile(assets).onLineContaining("end = \"2024-01\"");
        assertThat(compilation).hadErrorContaining(Messages.invalidPartitionBound("@MonthlyPartitions", "start",
                "2024-01-01", "day_as_month", month)).inFile(assets).onLineContaining("@MonthlyPartitions(column"
                        + " = \"day\", start = \"2024-01-01\")");
        assertThat(compilation).hadErrorContaining(Messages.partitionRange("@MonthlyPartitions", "2024-06", "2024-05",
                "backwards")).inFile(assets).onLineContaining("\"2024-06\"");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void staticValuesAreListedDistinctAndConstantsOfAnEnumColumn() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @StaticPartitions(column = "region", values = {})
                    public static List<Sale> none() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "region", values = {"eu", "us",
                            "eu"})
                    public static List<Sale> twice() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "region", values = {"eu",
                            ""})
                    public static List<Sale> blank() { return List.of(); }

                    @Asset
                    @StaticPartitions(column = "color", values = {"RED",
                            "GRENE"})
                    public static List<Sale> misspelledConstant() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(sale(), assets);
        assertThat(compilation).hadErrorContaining(Messages.noStaticPartitions("none"))
                .inFile(assets).onLineContaining("values = {}");
        assertThat(compilation).hadErrorContaining(Messages.duplicateStaticPartition("eu", "twice"))
                .inFile(assets).onLineContaining("\"eu\"})");
        assertThat(compilation).hadErrorContaining(Messages.blankStaticPartition("blank"))
                .inFile(assets).onLineContaining("\"\"})");
        assertThat(compilation).hadErrorContaining(Messages.partitionNotAnEnumConstant("GRENE", "misspelled_constant",
                "test.Sale.Color", Optional.of("GREEN"), List.of("RED", "GREEN")))
                .inFile(assets).onLineContaining("\"GRENE\"");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void partitionsOnAMethodThatIsNotAnAsset() {
        JavaFileObject assets = orchestrated("""
                    @DailyPartitions(column = "day", start = "2024-01-01")
                    public static List<Sale> notAnAsset() { return List.of(); }

                    @Asset
                    public static List<Sale> sales() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(sale(), assets);
        assertThat(compilation).hadErrorContaining(Messages.annotationOutsideAsset("@DailyPartitions",
                "test.Assets#notAnAsset")).inFile(assets).onLineContaining("@DailyPartitions");
        assertThat(compilation).hadErrorCount(1);
    }
}
