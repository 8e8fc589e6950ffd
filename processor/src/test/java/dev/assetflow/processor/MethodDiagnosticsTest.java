package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.assets;
import static dev.assetflow.processor.Sources.row;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Asset methods and their parameters: shape, modifiers, placement of {@code @Input}. */
class MethodDiagnosticsTest {

    @Test
    void instanceMethodIsNotAnAsset() {
        JavaFileObject assets = assets("""
                    @Asset
                    public List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.notStatic("test.Assets#rows"))
                .inFile(assets).onLineContaining("rows()");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void nonPublicMethodIsNotAnAsset() {
        JavaFileObject assets = assets("""
                    @Asset
                    static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.notPublic("test.Assets#rows"))
                .inFile(assets).onLineContaining("rows()");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void genericMethodIsNotAnAsset() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static <T> List<Row> rows() { return List.of(); }
                """);
        assertThat(Compilations.compile(row(), assets)).hadErrorContaining(Messages.genericMethod("test.Assets#rows"))
                .inFile(assets).onLineContaining("rows()");
    }

    @Test
    void returnTypeMustBeListOrStreamOfRecords() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static Set<Row> asSet() { return Set.of(); }

                    @Asset
                    public static Row single() { return null; }

                    @SuppressWarnings("rawtypes")
                    @Asset
                    public static List raw() { return List.of(); }

                    @Asset
                    public static List<String> strings() { return List.of(); }

                    @Asset
                    public static List<? extends Row> wildcard() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.unsupportedReturn("test.Assets#asSet",
                "java.util.Set<test.Row>")).inFile(assets).onLineContaining("asSet()");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedReturn("test.Assets#single", "test.Row"))
                .inFile(assets).onLineContaining("single()");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedReturn("test.Assets#raw", "java.util.List"))
                .inFile(assets).onLineContaining("raw()");
        assertThat(compilation).hadErrorContaining(Messages.notARecord("java.lang.String",
                "@Asset method test.Assets#strings")).inFile(assets).onLineContaining("strings()");
        assertThat(compilation).hadErrorContaining(Messages.notARecord("? extends test.Row",
                "@Asset method test.Assets#wildcard")).inFile(assets).onLineContaining("wildcard()");
        assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void everyParameterMustBeAnInputOfRecords() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> source() { return List.of(); }

                    @Asset
                    public static List<Row> limited(@Input List<Row> source, int limit) { return source; }

                    @Asset
                    public static List<Row> asSet(@Input("source") Set<Row> rows) { return List.of(); }

                    @Asset
                    public static List<Row> strings(@Input("source") Stream<String> names) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(
                Messages.notAnInput("limit"))
                .inFile(assets).onLineContaining("int limit");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedInput("rows", "java.util.Set<test.Row>"))
                .inFile(assets).onLineContaining("Set<Row> rows");
        assertThat(compilation).hadErrorContaining(Messages.notARecord("java.lang.String", "@Input parameter names"))
                .inFile(assets).onLineContaining("Stream<String> names");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void inputOutsideAnAssetMethod() {
        JavaFileObject assets = assets("""
                    @Asset
                    public static List<Row> source() { return List.of(); }

                    public static int count(@Input List<Row> source) { return source.size(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.inputOutsideAsset("source", "test.Assets#count"))
                .inFile(assets).onLineContaining("count(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void declaringClassMustBeAccessibleFromThePipeline() {
        JavaFileObject assets = assets("""
                    private static final class Hidden {
                        @Asset
                        public static List<Row> hidden() { return List.of(); }
                    }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.inaccessibleType("test.Assets.Hidden",
                "test.Assets.Hidden#hidden", "test")).inFile(assets).onLineContaining("hidden()");
    }

    @Test
    void recordMustBeAccessibleFromThePipelinePackage() {
        JavaFileObject hiddenRow = source("com.acme.a.HiddenRow", """
                package com.acme.a;

                record HiddenRow(long id) {}
                """);
        JavaFileObject first = source("com.acme.a.FirstAssets", """
                package com.acme.a;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class FirstAssets {
                    @Asset
                    public static List<HiddenRow> first() { return List.of(); }
                }
                """);
        JavaFileObject second = source("com.acme.b.SecondAssets", """
                package com.acme.b;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class SecondAssets {
                    @Asset
                    public static List<Second> second() { return List.of(); }

                    public record Second(long id) {}
                }
                """);
        Compilation compilation = Compilations.compile(hiddenRow, first, second);
        assertThat(compilation).hadErrorContaining(Messages.inaccessibleType("com.acme.a.HiddenRow",
                "com.acme.a.FirstAssets#first", "com.acme")).inFile(hiddenRow).onLineContaining("record HiddenRow");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void reportsEveryMistakeInOneCompile() {
        JavaFileObject assets = assets("""
                    @Asset
                    public List<Row> instance() { return List.of(); }

                    @Asset
                    static Set<Row> hiddenSet() { return Set.of(); }

                    @Asset
                    public static List<Row> reader(@Input List<Row> instanse, long limit) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining(Messages.notStatic("test.Assets#instance"));
        assertThat(compilation).hadErrorContaining(Messages.notPublic("test.Assets#hiddenSet"));
        assertThat(compilation).hadErrorContaining(Messages.unsupportedReturn("test.Assets#hiddenSet",
                "java.util.Set<test.Row>"));
        assertThat(compilation).hadErrorContaining("[assetflow:not-an-input] parameter limit");
        assertThat(compilation).hadErrorContaining("no asset named 'instanse' (did you mean 'instance'?)")
                .inFile(assets).onLineContaining("instanse");
    }
}
