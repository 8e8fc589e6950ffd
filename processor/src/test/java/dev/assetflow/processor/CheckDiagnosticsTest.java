package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.orchestrated;
import static dev.assetflow.processor.Sources.row;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Asset checks: their methods, the asset they check, their names, their parameters. */
class CheckDiagnosticsTest {

    @Test
    void validChecksCompileWithoutWarnings() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }

                    @AssetCheck(asset = "rows")
                    public static CheckResult notEmpty(@Input List<Row> rows, AssetContext context) {
                        return rows.isEmpty() ? CheckResult.failed("empty") : CheckResult.passed("rows");
                    }

                    @AssetCheck(asset = "rows", name = "named", blocking = true)
                    public static CheckResult other(@Input("rows") Stream<Row> all) {
                        return CheckResult.passed("ok");
                    }
                """);
        assertThat(Compilations.compile(row(), assets)).succeededWithoutWarnings();
    }

    @Test
    void checkMethodShape() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }

                    @AssetCheck(asset = "rows")
                    public CheckResult instance() { return CheckResult.passed("ok"); }

                    @AssetCheck(asset = "rows")
                    static CheckResult hidden() { return CheckResult.passed("ok"); }

                    @AssetCheck(asset = "rows")
                    public static <T> CheckResult generic() { return CheckResult.passed("ok"); }

                    @AssetCheck(asset = "rows")
                    public static boolean returnsBoolean() { return true; }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.checkNotStatic("test.Assets#instance"))
                .inFile(assets).onLineContaining("instance()");
        assertThat(compilation).hadErrorContaining(Messages.checkNotPublic("test.Assets#hidden"))
                .inFile(assets).onLineContaining("hidden()");
        assertThat(compilation).hadErrorContaining(Messages.genericCheck("test.Assets#generic"))
                .inFile(assets).onLineContaining("generic()");
        assertThat(compilation).hadErrorContaining(Messages.checkReturn("test.Assets#returnsBoolean", "boolean"))
                .inFile(assets).onLineContaining("returnsBoolean()");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void checkedAssetMustExist() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> cleanSales() { return List.of(); }

                    @AssetCheck(asset = "clean_sale")
                    public static CheckResult positive() { return CheckResult.passed("ok"); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.unknownCheckedAsset("clean_sale", Optional.of("clean_sales"),
                "test.Assets#positive")).inFile(assets).onLineContaining("\"clean_sale\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void checkNamesAreUniquePerAsset() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }

                    @Asset
                    public static List<Row> others() { return List.of(); }

                    @AssetCheck(asset = "rows")
                    public static CheckResult notEmpty() { return CheckResult.passed("ok"); }

                    @AssetCheck(asset = "rows", name = "not_empty")
                    public static CheckResult again() { return CheckResult.passed("ok"); }

                    @AssetCheck(asset = "others", name = "not_empty")
                    public static CheckResult elsewhere() { return CheckResult.passed("ok"); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        String message = Messages.duplicateCheck("not_empty", "rows", List.of("test.Assets#again",
                "test.Assets#notEmpty"));
        assertThat(compilation).hadErrorContaining(message).inFile(assets).onLineContaining("notEmpty()");
        assertThat(compilation).hadErrorContaining(message).inFile(assets)
                .onLineContaining("@AssetCheck(asset = \"rows\", name = \"not_empty\")");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void checkParametersAreCheckedLikeAnAssets() {
        JavaFileObject narrow = Sources.source("test.Narrow", """
                package test;

                public record Narrow(int id) {}
                """);
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }

                    @AssetCheck(asset = "rows")
                    public static CheckResult unknown(@Input("rowz") List<Row> rows) { return CheckResult.passed("ok"); }

                    @AssetCheck(asset = "rows")
                    public static CheckResult narrowing(@Input("rows") List<Narrow> rows) {
                        return CheckResult.passed("ok");
                    }

                    @AssetCheck(asset = "rows")
                    public static CheckResult plain(int limit) { return CheckResult.passed("ok"); }
                """);
        Compilation compilation = Compilations.compile(row(), narrow, assets);
        assertThat(compilation).hadErrorContaining(Messages.unknownInput("rowz", Optional.of("rows"), "rows",
                Messages.check("unknown", "rows"))).inFile(assets).onLineContaining("\"rowz\"");
        assertThat(compilation).hadErrorContaining(Messages.incompatibleColumn("rows", Messages.check("narrowing", "rows"),
                "id", "int", "rows", "long")).inFile(assets).onLineContaining("List<Narrow> rows");
        assertThat(compilation).hadErrorContaining(Messages.notAnInput("limit"))
                .inFile(assets).onLineContaining("int limit");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void aMethodIsAnAssetOrACheck() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }

                    @Asset
                    @AssetCheck(asset = "rows")
                    public static List<Row> both() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.assetAndCheck("test.Assets#both"))
                .inFile(assets).onLineContaining("both()");
        assertThat(compilation).hadErrorContaining(Messages.checkReturn("test.Assets#both",
                "java.util.List<test.Row>"));
        assertThat(compilation).hadErrorCount(2);
    }
}
