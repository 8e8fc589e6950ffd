package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An input reads the upstream's record or a compatible projection of it. */
class InputCompatibilityTest {

    private static final JavaFileObject NULLABLE = source("test.Nullable", """
            package test;

            import java.lang.annotation.ElementType;
            import java.lang.annotation.Target;

            @Target({ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
            public @interface Nullable {}
            """);

    private static final JavaFileObject COLOR = source("test.Color", """
            package test;

            public enum Color { RED, GREEN }
            """);

    private static final JavaFileObject ORDER = source("test.Order", """
            package test;

            public record Order(
                    long id,
                    int quantity,
                    byte priority,
                    float price,
                    Integer boxedCount,
                    @Nullable String note,
                    @Nullable Long discount,
                    Color color) {}
            """);

    private static JavaFileObject assets(String projection, String readerParameter) {
        return source("test.Assets", """
                package test;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class Assets {
                    @Asset
                    public static List<Order> orders() { return List.of(); }

                    @Asset
                    public static List<Order> reader(
                            @Input("orders") List<%s> %s) {
                        return List.of();
                    }
                }
                """.formatted(projection, readerParameter));
    }

    private static final JavaFileObject PROJECTION_ASSETS = assets("Projection", "rows");

    private static Compilation compile(String projectionRecord) {
        JavaFileObject projection = source("test.Projection", "package test;\n\n" + projectionRecord);
        return Compilations.compile(NULLABLE, COLOR, ORDER, projection, PROJECTION_ASSETS);
    }

    @Test
    void sameRecordOrWideningProjectionCompiles() {
        assertThat(Compilations.compile(NULLABLE, COLOR, ORDER, assets("Order", "rows")))
                .succeededWithoutWarnings();
        Compilation compilation = compile("""
                public record Projection(
                        Long id,
                        long quantity,
                        int priority,
                        double price,
                        int boxedCount,
                        @Nullable String note,
                        @Nullable Long discount,
                        String color) {}
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void missingColumnSuggestsTheClosestAndListsAll() {
        Compilation compilation = compile("public record Projection(long id, int quantiy) {}\n");
        assertThat(compilation).hadErrorContaining(Messages.missingColumn("rows", Messages.asset("reader"), "quantiy", "quantiy",
                "test.Projection", "orders", Optional.of("quantity"),
                "id, quantity, priority, price, boxed_count, note, discount, color"))
                .inFile(PROJECTION_ASSETS).onLineContaining("List<Projection> rows");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void narrowingIsIncompatible() {
        Compilation compilation = compile("public record Projection(int id, Color note) {}\n");
        assertThat(compilation).hadErrorContaining(Messages.incompatibleColumn("rows", Messages.asset("reader"), "id", "int",
                "orders", "long"));
        assertThat(compilation).hadErrorContaining(Messages.incompatibleColumn("rows", Messages.asset("reader"), "note",
                "test.Color", "orders", "java.lang.String"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void nullableColumnCannotFeedANonNullComponent() {
        Compilation compilation = compile("public record Projection(long discount, String note) {}\n");
        assertThat(compilation).hadErrorContaining(Messages.nullableColumn("rows", Messages.asset("reader"), "discount", "orders",
                "long"));
        assertThat(compilation).hadErrorContaining(Messages.nullableColumn("rows", Messages.asset("reader"), "note", "orders",
                "java.lang.String"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aDecimalProjectionWithFewerDigitsIsAnErrorOnTheComponent() {
        JavaFileObject priced = source("test.Priced", """
                package test;

                import dev.assetflow.Decimal;
                import java.math.BigDecimal;

                public record Priced(long id, @Decimal(precision = 12, scale = 2) BigDecimal amount) {}
                """);
        JavaFileObject narrow = source("test.NarrowAmount", """
                package test;

                import dev.assetflow.Decimal;
                import java.math.BigDecimal;

                public record NarrowAmount(
                        long id,
                        @Decimal(precision = 8, scale = 1) BigDecimal amount) {}
                """);
        JavaFileObject wide = source("test.WideAmount", """
                package test;

                import dev.assetflow.Decimal;
                import java.math.BigDecimal;

                public record WideAmount(@Decimal(precision = 14, scale = 3) BigDecimal amount) {}
                """);
        JavaFileObject assets = source("test.Assets", """
                package test;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;
                import java.util.List;

                public final class Assets {
                    @Asset
                    public static List<Priced> priced() { return List.of(); }

                    @Asset
                    public static List<Priced> narrowed(@Input("priced") List<NarrowAmount> rows) { return List.of(); }

                    @Asset
                    public static List<Priced> widened(@Input("priced") List<WideAmount> rows) { return List.of(); }
                }
                """);
        Compilation compilation = Compilations.compile(priced, narrow, wide, assets);

        assertThat(compilation).hadErrorContaining(Messages.narrowingDecimal("amount", "test.NarrowAmount", "amount",
                8, 1, "priced", 12, 2, "rows", Messages.asset("narrowed")))
                .inFile(narrow).onLineContaining("@Decimal(precision = 8, scale = 1) BigDecimal amount");
        assertThat(compilation).hadErrorContaining("into DECIMAL(8,1), which holds fewer fraction digits (input rows of"
                + " asset 'narrowed'); declare @Decimal(precision = 12, scale = 2) or wider");
        assertThat(compilation).hadErrorCount(1);
    }
}
