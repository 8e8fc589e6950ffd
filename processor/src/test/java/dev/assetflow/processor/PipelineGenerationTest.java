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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated Pipeline: its source, its package, its determinism. */
class PipelineGenerationTest {

    /** Run with {@code -Dassetflow.updateGolden=true} to rewrite the golden files from the current output. */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("assetflow.updateGolden");
    private static final String SALES_GOLDEN = "golden/sales/Pipeline.java";

    private static String generatedSource(Compilation compilation, String name) throws IOException {
        return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    }

    @Test
    void salesExampleMatchesTheGoldenFile() throws IOException {
        Compilation compilation = Compilations.compile(SalesSources.all());
        assertThat(compilation).succeededWithoutWarnings();
        if (UPDATE_GOLDEN) {
            Files.writeString(Path.of("src/test/resources", SALES_GOLDEN),
                    generatedSource(compilation, "com.acme.sales.Pipeline"), StandardCharsets.UTF_8);
        }
        assertThat(compilation).generatedSourceFile("com.acme.sales.Pipeline")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(SALES_GOLDEN));
    }

    @Test
    void outputIsTheSameBytesWhateverTheSourceOrder() throws IOException {
        List<JavaFileObject> sources = Arrays.asList(SalesSources.all());
        String first = generatedSource(Compilations.compile(sources.toArray(JavaFileObject[]::new)),
                "com.acme.sales.Pipeline");
        Collections.reverse(sources);
        String second = generatedSource(Compilations.compile(sources.toArray(JavaFileObject[]::new)),
                "com.acme.sales.Pipeline");
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("@Generated(\"dev.assetflow.processor.AssetflowProcessor\")");
    }

    @Test
    void codeVersionChangesWithTheMethodBodyButNotItsFormatting() throws IOException {
        String original = codeVersionOf("return List.of(new Row(1, \"a\"));");
        assertThat(codeVersionOf("return   List.of( new Row(1,\n  \"a\") ); // same")).isEqualTo(original);
        assertThat(codeVersionOf("return List.of(new Row(2, \"a\"));")).isNotEqualTo(original);
    }

    private static String codeVersionOf(String body) throws IOException {
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<Row> rows() {
                        %s
                    }
                """.formatted(body));
        Compilation compilation = Compilations.compile(Sources.row(), assets);
        assertThat(compilation).succeededWithoutWarnings();
        String source = generatedSource(compilation, "test.Pipeline");
        int start = source.indexOf(".codeVersion(\"") + ".codeVersion(\"".length();
        return source.substring(start, start + 16);
    }

    @Test
    void pipelineGoesToTheLongestCommonPackage() {
        Compilation compilation = Compilations.compile(twoPackages());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.Pipeline").isNotNull();
    }

    @Test
    void packageOptionOverridesTheCommonPackage() {
        Compilation compilation = Compilations.compiler("-Aassetflow.package=com.acme.pipeline")
                .compile(twoPackages());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.pipeline.Pipeline").isNotNull();
    }

    @Test
    void invalidPackageOptionIsAnError() {
        Compilation compilation = Compilations.compiler("-Aassetflow.package=com.acme.2nd").compile(twoPackages());
        assertThat(compilation).hadErrorContaining(Messages.invalidPackageOption("com.acme.2nd"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void packagesSharingNothingNeedTheOption() {
        JavaFileObject[] sources = {assetsIn("com.acme.orders", "Orders", "orders"),
            assetsIn("org.example.users", "Users", "users")};
        Compilation compilation = Compilations.compile(sources);
        assertThat(compilation).hadErrorContaining(Messages.noCommonPackage(List.of("com.acme.orders",
                "org.example.users")));
        assertThat(compilation).hadErrorCount(1);
        assertThat(Compilations.compiler("-Aassetflow.package=org.example").compile(sources))
                .succeededWithoutWarnings();
    }

    @Test
    void existingPipelineTypeIsNotOverwritten() {
        JavaFileObject existing = source("test.Pipeline", "package test;\n\npublic class Pipeline {}\n");
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(Sources.row(), assets, existing);
        assertThat(compilation).hadErrorContaining(Messages.pipelineExists("test.Pipeline"))
                .inFile(existing).onLineContaining("class Pipeline");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void userTypesNamedLikeGeneratedOrRuntimeTypesStillCompile() {
        JavaFileObject column = source("test.Column", "package test;\n\npublic record Column(long id) {}\n");
        JavaFileObject list = source("test.List", "package test;\n\npublic record List(String name) {}\n");
        JavaFileObject rowTypes = source("test.RowTypes", "package test;\n\npublic record RowTypes(int n) {}\n");
        JavaFileObject assets = source("test.Assets", """
                package test;

                import dev.assetflow.Asset;
                import dev.assetflow.Input;

                public final class Assets {
                    @Asset
                    public static java.util.List<Column> column() { return java.util.List.of(); }

                    @Asset
                    public static java.util.List<List> list(@Input java.util.List<Column> column) {
                        return java.util.List.of();
                    }

                    @Asset(name = "class")
                    public static java.util.stream.Stream<RowTypes> rowTypes() { return java.util.stream.Stream.of(); }
                }
                """);
        assertThat(Compilations.compile(column, list, rowTypes, assets)).succeededWithoutWarnings();
    }

    @Test
    void anyAnnotationNamedNullableMakesAColumnNullable() throws IOException {
        JavaFileObject onField = source("a.Nullable", """
                package a;

                @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
                public @interface Nullable {}
                """);
        JavaFileObject onMethod = source("b.Nullable", """
                package b;

                @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
                public @interface Nullable {}
                """);
        JavaFileObject row = source("test.Notes", """
                package test;

                public record Notes(@a.Nullable String fieldNote, @b.Nullable String methodNote, String required) {}
                """);
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<Notes> notes() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(onField, onMethod, row, assets);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSource(compilation, "test.Pipeline")).contains(
                "Column.of(\"field_note\", ColumnType.VARCHAR, true)",
                "Column.of(\"method_note\", ColumnType.VARCHAR, true)",
                "Column.of(\"required\", ColumnType.VARCHAR, false)");
    }

    @Test
    void deprecatedAssetMethodsAndRecordsRaiseNoWarningInGeneratedCode() {
        JavaFileObject row = source("test.OldRow", """
                package test;

                @Deprecated(forRemoval = true)
                public record OldRow(long id) {}
                """);
        JavaFileObject assets = source("test.OldAssets", """
                package test;

                import dev.assetflow.Asset;
                import java.util.List;

                @SuppressWarnings("removal")
                public final class OldAssets {
                    @Deprecated
                    @Asset
                    public static List<OldRow> old() { return List.of(); }
                }
                """);
        assertThat(Compilations.compile(row, assets)).succeededWithoutWarnings();
    }

    private static JavaFileObject[] twoPackages() {
        return new JavaFileObject[] {assetsIn("com.acme.orders", "Orders", "orders"),
            assetsIn("com.acme.users", "Users", "users")};
    }

    private static JavaFileObject assetsIn(String packageName, String className, String asset) {
        return source(packageName + "." + className, """
                package %s;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class %s {
                    public record Row(long id) {}

                    @Asset
                    public static List<Row> %s() { return List.of(new Row(1)); }
                }
                """.formatted(packageName, className, asset));
    }
}
