package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.assets;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Records used as rows: component types, nullability, decimals, column names. */
class RowTypeDiagnosticsTest {

    private static final JavaFileObject ASSET_OF_ROW = assets("""
                @Asset
                public static List<Row> rows() { return List.of(); }
            """);

    private static JavaFileObject row(String text) {
        return source("test.Row", "package test;\n\n" + text);
    }

    @Test
    void unsupportedComponentTypesListTheSupportedOnes() {
        JavaFileObject row = row("""
                import java.util.Date;
                import java.util.List;

                public record Row(
                        long id,
                        char initial,
                        Date created,
                        List<String> tags,
                        Object payload) {}
                """);
        Compilation compilation = Compilations.compile(row, ASSET_OF_ROW);
        assertThat(compilation).hadErrorContaining(Messages.unsupportedColumnType("initial", "test.Row", "char"))
                .inFile(row).onLineContaining("char initial");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedColumnType("created", "test.Row",
                "java.util.Date")).inFile(row).onLineContaining("Date created");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedColumnType("tags", "test.Row",
                "java.util.List<java.lang.String>")).inFile(row).onLineContaining("tags");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedColumnType("payload", "test.Row",
                "java.lang.Object")).inFile(row).onLineContaining("payload");
        assertThat(compilation).hadErrorContaining("supported: boolean, byte, short, int, long, float, double and"
                + " their boxes, BigDecimal, String, LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime,"
                + " UUID, byte[] and enums");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void recordMustNotBeGenericOrEmpty() {
        JavaFileObject box = source("test.Box", "package test;\n\npublic record Box<T>(T value) {}\n");
        JavaFileObject empty = source("test.Empty", "package test;\n\npublic record Empty() {}\n");
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Box<String>> boxes() { return List.of(); }

                    @Asset
                    public static List<Empty> empties() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(box, empty, assets);
        assertThat(compilation).hadErrorContaining(Messages.genericRecord("test.Box"))
                .inFile(box).onLineContaining("record Box");
        assertThat(compilation).hadErrorContaining(Messages.noColumns("test.Empty"))
                .inFile(empty).onLineContaining("record Empty");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void primitiveCannotBeNullable() {
        JavaFileObject nullable = source("test.Nullable", """
                package test;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Target;

                @Target({ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
                public @interface Nullable {}
                """);
        JavaFileObject row = row("public record Row(long id, @Nullable int count) {}\n");
        Compilation compilation = Compilations.compile(nullable, row, ASSET_OF_ROW);
        assertThat(compilation).hadErrorContaining(Messages.nullablePrimitive("count", "test.Row", "int", "Integer"))
                .inFile(row).onLineContaining("record Row");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void decimalPrecisionAndScaleAreChecked() {
        JavaFileObject row = row("""
                import dev.assetflow.Decimal;
                import java.math.BigDecimal;

                public record Row(
                        @Decimal(precision = 39, scale = 2) BigDecimal tooPrecise,
                        @Decimal(precision = 0, scale = 0) BigDecimal noDigits,
                        @Decimal(precision = 5, scale = 6) BigDecimal tooManyDecimals,
                        @Decimal(precision = 10, scale = 2) double notDecimal,
                        @Decimal(precision = 38, scale = 38) BigDecimal fraction,
                        BigDecimal plain) {}
                """);
        Compilation compilation = Compilations.compile(row, ASSET_OF_ROW);
        assertThat(compilation).hadErrorContaining(Messages.decimalPrecision("tooPrecise", "test.Row", 39))
                .inFile(row).onLineContaining("tooPrecise");
        assertThat(compilation).hadErrorContaining(Messages.decimalPrecision("noDigits", "test.Row", 0))
                .inFile(row).onLineContaining("noDigits");
        assertThat(compilation).hadErrorContaining(Messages.decimalScale("tooManyDecimals", "test.Row", 6, 5))
                .inFile(row).onLineContaining("tooManyDecimals");
        assertThat(compilation).hadErrorContaining(Messages.decimalOnNonDecimal("notDecimal", "test.Row", "double"))
                .inFile(row).onLineContaining("notDecimal");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void twoComponentsCannotShareAColumn() {
        JavaFileObject row = row("""
                public record Row(
                        long ownerId,
                        long owner_id) {}
                """);
        Compilation compilation = Compilations.compile(row, ASSET_OF_ROW);
        assertThat(compilation).hadErrorContaining(Messages.duplicateColumn("owner_id", "test.Row", "ownerId",
                "owner_id")).inFile(row).onLineContaining("long owner_id");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void namesMustBeSqlIdentifiers() {
        String longName = "a".repeat(64);
        JavaFileObject row = row("public record Row(long id, String \u00e9tat, long " + longName + ") {}\n");
        JavaFileObject assets = assets("""
                    @Asset(name = "Sales-Data")
                    public static List<Row> sales() { return List.of(); }

                    @Asset(schema = "bad schema")
                    public static List<Row> other() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row, assets);
        assertThat(compilation).hadErrorContaining(Messages.invalidName("asset key", "Sales-Data"))
                .inFile(assets).onLineContaining("Sales-Data");
        assertThat(compilation).hadErrorContaining(Messages.invalidName("schema", "bad schema"))
                .inFile(assets).onLineContaining("bad schema");
        assertThat(compilation).hadErrorContaining(Messages.invalidName("column", "\u00e9tat"))
                .inFile(row).onLineContaining("record Row");
        assertThat(compilation).hadErrorContaining(Messages.invalidName("column", longName))
                .inFile(row).onLineContaining("record Row");
        assertThat(compilation).hadErrorCount(4);
    }
}
