package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.assetflow.processor.base.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Assets whose types or declarations come from other processors, in later rounds. */
class ProcessingRoundsTest {

    /** Generates one source file in the first round, as another annotation processor would. */
    private static final class GeneratingProcessor extends AbstractProcessor {
        private final String name;
        private final String text;
        private boolean generated;

        GeneratingProcessor(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated) {
                generated = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    writer.write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    private static Compiler withGenerator(String name, String text) {
        return Compiler.javac()
                .withProcessors(new GeneratingProcessor(name, text), new AssetflowProcessor())
                .withOptions("-Xlint:all,-processing");
    }

    @Test
    void assetWaitsForARecordGeneratedByAnotherProcessor() {
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<GeneratedRow> generated() { return List.of(new GeneratedRow(1)); }
                """);
        Compilation compilation = withGenerator("test.GeneratedRow",
                "package test;\n\npublic record GeneratedRow(long id) {}\n").compile(assets);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Pipeline").contentsAsUtf8String()
                .contains("RowType<GeneratedRow> GENERATED_ROW");
    }

    @Test
    void typeThatNeverAppearsIsReportedOnTheMethod() {
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<Row> known() { return List.of(); }

                    @Asset
                    public static List<MissingRow> missing() { return List.of(); }

                    @Asset
                    public static List<Row> reader(@Input("missing") List<Row> rows) { return rows; }
                """);
        Compilation compilation = Compilations.compile(Sources.row(), assets);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(Messages.unresolvedTypes("test.Assets#missing"))
                .inFile(assets).onLineContaining("missing()");
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void assetGeneratedAfterThePipelineIsReported() {
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = withGenerator("test.LateAssets", """
                package test;

                import dev.assetflow.Asset;
                import java.util.List;

                public final class LateAssets {
                    @Asset
                    public static List<Row> late() { return List.of(); }
                }
                """).compile(Sources.row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.lateAsset("test.LateAssets#late"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void checkAndSourceAssetWaitForARecordGeneratedByAnotherProcessor() {
        JavaFileObject assets = Sources.orchestrated("""
                    @Asset
                    public static List<Row> rows(@Input("late_rows") List<GeneratedRow> source) { return List.of(); }

                    @AssetCheck(asset = "rows")
                    public static CheckResult readsGenerated(@Input("late_rows") List<GeneratedRow> rows) {
                        return CheckResult.passed("ok");
                    }
                """);
        JavaFileObject source = source("test.LateRows", """
                package test;

                @dev.assetflow.SourceAsset(name = "late_rows")
                public record LateRows(GeneratedRow.Id id, long value) {}
                """);
        Compilation compilation = withGenerator("test.GeneratedRow", """
                package test;

                public record GeneratedRow(long value) {
                    public enum Id { A, B }
                }
                """).compile(Sources.row(), source, assets);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Pipeline").contentsAsUtf8String()
                .contains("AssetDefinition.source(\"late_rows\", RowTypes.LATE_ROWS)");
    }

    @Test
    void checkAndSourceAssetGeneratedAfterThePipelineAreReported() {
        JavaFileObject assets = Sources.assets("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = withGenerator("test.LateChecks", """
                package test;

                import dev.assetflow.AssetCheck;
                import dev.assetflow.SourceAsset;
                import dev.assetflow.runtime.CheckResult;

                public final class LateChecks {
                    @SourceAsset(name = "late_source")
                    public record LateSource(long id) {}

                    @AssetCheck(asset = "rows")
                    public static CheckResult late() { return CheckResult.passed("ok"); }
                }
                """).compile(Sources.row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.lateAsset("@AssetCheck method", "test.LateChecks#late"));
        assertThat(compilation).hadErrorContaining(Messages.lateAsset("@SourceAsset", "test.LateChecks.LateSource"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void inputOnAMethodGeneratedLaterIsStillChecked() {
        Compilation compilation = withGenerator("test.Helper", """
                package test;

                import dev.assetflow.Input;
                import java.util.List;

                public final class Helper {
                    public static int count(@Input List<Row> rows) { return rows.size(); }
                }
                """).compile(Sources.row(), source("test.Empty", "package test;\n\nfinal class Empty {}\n"));
        assertThat(compilation).hadErrorContaining(Messages.inputOutsideAsset("rows", "test.Helper#count"));
        assertThat(compilation).hadErrorCount(1);
    }
}
