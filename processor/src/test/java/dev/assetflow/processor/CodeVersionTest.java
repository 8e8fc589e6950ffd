package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An asset's code version covers its method, the methods, constructors and fields it reaches in the build,
 * its columns and its partitions; comments and formatting do not count.
 */
class CodeVersionTest {

    private static final String ROWS = """
            package shop;

            public record Order(long id, String customer, double amount) {}
            """;

    private static final String ASSETS = """
            package shop;

            import dev.assetflow.Asset;
            import dev.assetflow.Input;
            import java.util.List;

            public final class ShopAssets {
                private static final double VAT = 0.2;

                @Asset
                public static List<Order> orders() {
                    return List.of(new Order(1, blankToNull(" ada "), Money.of(10).gross()));
                }

                @Asset
                public static List<Order> refunds(@Input List<Order> orders) {
                    return orders.stream().map(Refunds::refund).toList();
                }

                /** Trims; blank is null. */
                static String blankToNull(String text) {
                    String trimmed = Parsers.trim(text);
                    return trimmed.isEmpty() ? null : trimmed;
                }

                static double withVat(double amount) {
                    return amount * (1 + VAT);
                }

                static String unrelated() {
                    return "not called by any asset";
                }
            }
            """;

    private static final String PARSERS = """
            package shop;

            final class Parsers {
                static String trim(String text) {
                    return strip(text);
                }

                private static String strip(String text) {
                    return text.strip();
                }
            }
            """;

    private static final String MONEY = """
            package shop;

            record Money(long cents) {
                Money {
                    if (cents < 0) {
                        throw new IllegalArgumentException("negative");
                    }
                }

                static Money of(long units) {
                    return new Money(units * 100);
                }

                double gross() {
                    return ShopAssets.withVat(cents / 100.0);
                }
            }
            """;

    private static final String REFUNDS = """
            package shop;

            final class Refunds {
                private Refunds() {
                }

                static Order refund(Order order) {
                    return new Order(order.id(), order.customer(), -order.amount());
                }
            }
            """;

    @Test
    void changingAHelperInTheSameClassChangesTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of("shop.ShopAssets", ASSETS.replace("trimmed.isEmpty() ? null", "trimmed.isBlank() ? null")));
        assertThat(after.of("orders")).isNotEqualTo(before.of("orders"));
        assertThat(after.of("refunds")).isEqualTo(before.of("refunds"));
    }

    @Test
    void changingAHelpersHelperInAnotherClassChangesTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of("shop.Parsers", PARSERS.replace("text.strip()", "text.trim()")));
        assertThat(after.of("orders")).isNotEqualTo(before.of("orders"));
        assertThat(after.of("refunds")).isEqualTo(before.of("refunds"));
    }

    @Test
    void changingAMethodReachedThroughAMethodReferenceChangesTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of("shop.Refunds", REFUNDS.replace("-order.amount()", "-order.amount() * 2")));
        assertThat(after.of("refunds")).isNotEqualTo(before.of("refunds"));
        assertThat(after.of("orders")).isEqualTo(before.of("orders"));
    }

    @Test
    void callsOnAVariableOrThroughAStaticImportAreFollowed() throws IOException {
        String assets = ASSETS.replace("import java.util.List;", "import static shop.Parsers.trim;\nimport java.util.List;")
                .replace("return orders.stream().map(Refunds::refund).toList();",
                        "Refunds refunds = new Refunds();\n        return orders.stream().map(o -> refunds.refund(o))"
                                + ".filter(o -> !trim(o.customer()).isEmpty()).toList();");
        String refunds = REFUNDS.replace("private Refunds()", "Refunds()").replace("static Order refund", "Order refund");
        Versions before = compile(Map.of("shop.ShopAssets", assets, "shop.Refunds", refunds));
        Versions viaVariable = compile(Map.of("shop.ShopAssets", assets,
                "shop.Refunds", refunds.replace("-order.amount()", "-order.amount() * 2")));
        Versions viaImport = compile(Map.of("shop.ShopAssets", assets, "shop.Refunds", refunds,
                "shop.Parsers", PARSERS.replace("text.strip()", "text.trim()")));
        assertThat(viaVariable.of("refunds")).isNotEqualTo(before.of("refunds"));
        assertThat(viaImport.of("refunds")).isNotEqualTo(before.of("refunds"));
    }

    @Test
    void changingAConstantTheCodeReadsChangesTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of("shop.ShopAssets", ASSETS.replace("VAT = 0.2", "VAT = 0.25")));
        assertThat(after.of("orders")).isNotEqualTo(before.of("orders"));
    }

    @Test
    void changingARecordsConstructorOrComponentsChangesTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions compact = compile(Map.of("shop.Money", MONEY.replace("cents < 0", "cents <= 0")));
        Versions header = compile(Map.of("shop.Money", MONEY.replace("record Money(long cents)",
                "record Money(long cents, String currency)").replace("new Money(units * 100)",
                "new Money(units * 100, \"EUR\")")));
        assertThat(compact.of("orders")).isNotEqualTo(before.of("orders"));
        assertThat(header.of("orders")).isNotEqualTo(before.of("orders")).isNotEqualTo(compact.of("orders"));
        assertThat(compact.of("refunds")).isEqualTo(before.of("refunds"));
    }

    @Test
    void changingTheRowRecordChangesTheVersionOfEveryAssetWritingIt() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of("shop.Order",
                ROWS.replace("long id", "int id")));
        assertThat(after.of("orders")).isNotEqualTo(before.of("orders"));
        assertThat(after.of("refunds")).isNotEqualTo(before.of("refunds"));
    }

    @Test
    void commentsAndFormattingDoNotChangeTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of(
                "shop.ShopAssets", ASSETS.replace("/** Trims; blank is null. */", "/** Trims, and blank is null. */")
                        .replace("String trimmed = Parsers.trim(text);",
                                "String trimmed =   Parsers.trim( text ); // never null")
                        .replace("return amount * (1 + VAT);", "/* gross */ return amount\n * (1 + VAT);"),
                "shop.Parsers", PARSERS.replace("return text.strip();", "// strip() knows Unicode spaces\n return text.strip();")));
        assertThat(after.of("orders")).isEqualTo(before.of("orders"));
        assertThat(after.of("refunds")).isEqualTo(before.of("refunds"));
    }

    @Test
    void changingCodeNoAssetReachesDoesNotChangeTheVersion() throws IOException {
        Versions before = compile(Map.of());
        Versions after = compile(Map.of("shop.ShopAssets", ASSETS.replace("not called by any asset", "still not called")));
        assertThat(after.of("orders")).isEqualTo(before.of("orders"));
        assertThat(after.of("refunds")).isEqualTo(before.of("refunds"));
    }

    @Test
    void changingThePartitionsChangesTheVersion() throws IOException {
        String partitioned = ASSETS.replace("@Asset\n    public static List<Order> orders()",
                "@Asset\n    @dev.assetflow.StaticPartitions(column = \"customer\", values = {\"ada\"})\n"
                        + "    public static List<Order> orders()");
        Versions before = compile(Map.of("shop.ShopAssets", partitioned));
        Versions after = compile(Map.of("shop.ShopAssets", partitioned.replace("{\"ada\"}", "{\"ada\", \"bob\"}")));
        assertThat(after.of("orders")).isNotEqualTo(before.of("orders"));
    }

    /** Compiles the shop with some files replaced and returns the code versions of its Pipeline. */
    static Versions compile(Map<String, String> replaced) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("shop.Order", ROWS);
        files.put("shop.ShopAssets", ASSETS);
        files.put("shop.Parsers", PARSERS);
        files.put("shop.Money", MONEY);
        files.put("shop.Refunds", REFUNDS);
        files.putAll(replaced);
        JavaFileObject[] sources = files.entrySet().stream()
                .map(file -> Sources.source(file.getKey(), file.getValue())).toArray(JavaFileObject[]::new);
        Compilation compilation = Compilations.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new Versions(compilation.generatedSourceFile("shop.Pipeline").orElseThrow().getCharContent(true)
                .toString());
    }

    /** The code versions of a generated Pipeline's source, by asset key. */
    record Versions(String pipeline) {
        private static final Pattern DEFINITION = Pattern.compile(
                "AssetDefinition\\.builder\\(\"(\\w+)\"[^;]*?\\.codeVersion\\(\"(\\w+)\"\\)", Pattern.DOTALL);

        String of(String key) {
            Matcher matcher = DEFINITION.matcher(pipeline);
            while (matcher.find()) {
                if (matcher.group(1).equals(key)) {
                    return matcher.group(2);
                }
            }
            throw new AssertionError("no asset " + key + " in\n" + pipeline);
        }
    }
}
