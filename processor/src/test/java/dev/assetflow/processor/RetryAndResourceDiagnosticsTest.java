package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.orchestrated;
import static dev.assetflow.processor.Sources.row;
import static dev.assetflow.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.assetflow.processor.base.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Retry} settings, {@code @Resource} parameters and the injected {@code AssetContext}. */
class RetryAndResourceDiagnosticsTest {

    private static JavaFileObject client() {
        return source("test.Client", """
                package test;

                public interface Client {
                    String get(String path);
                }
                """);
    }

    @Test
    void validRetriesResourcesAndContextCompileWithoutWarnings() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @Retry
                    public static List<Row> defaults(@Resource Client client, AssetContext context) {
                        return List.of();
                    }

                    @Asset
                    @Retry(attempts = 1, delayMillis = 0, backoff = 1.0)
                    public static List<Row> once(AssetContext context, @Input List<Row> defaults,
                            @Resource Client client, @Resource StringBuilder buffer) {
                        return defaults;
                    }
                """);
        Compilation compilation = Compilations.compile(row(), client(), assets);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void retryValuesMustMakeSense() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    @Retry(attempts = 0)
                    public static List<Row> never() { return List.of(); }

                    @Asset
                    @Retry(delayMillis = -5)
                    public static List<Row> negativeDelay() { return List.of(); }

                    @Asset
                    @Retry(backoff = 0.5)
                    public static List<Row> shrinking() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.retryAttempts("test.Assets#never", 0))
                .inFile(assets).onLineContaining("attempts = 0");
        assertThat(compilation).hadErrorContaining(Messages.retryDelay("test.Assets#negativeDelay", -5))
                .inFile(assets).onLineContaining("delayMillis = -5");
        assertThat(compilation).hadErrorContaining(Messages.retryBackoff("test.Assets#shrinking", 0.5))
                .inFile(assets).onLineContaining("backoff = 0.5");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void retryOnAMethodThatIsNotAnAsset() {
        JavaFileObject assets = orchestrated("""
                    @Retry(attempts = 2)
                    public static List<Row> helper() { return List.of(); }

                    @Asset
                    public static List<Row> rows() { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.annotationOutsideAsset("@Retry", "test.Assets#helper"))
                .inFile(assets).onLineContaining("@Retry");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void resourceTypesAreNonGenericClassesOrInterfaces() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows(
                            @Resource int limit,
                            @Resource String[] names,
                            @Resource List<Row> rows,
                            @Resource Map<String, String> settings) {
                        return List.of();
                    }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.unsupportedResource("limit", "int"))
                .inFile(assets).onLineContaining("int limit");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedResource("names", "java.lang.String[]"))
                .inFile(assets).onLineContaining("String[] names");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedResource("rows", "java.util.List<test.Row>"))
                .inFile(assets).onLineContaining("@Resource List<Row> rows");
        assertThat(compilation).hadErrorContaining(Messages.unsupportedResource("settings",
                "java.util.Map<java.lang.String,java.lang.String>")).inFile(assets).onLineContaining("settings");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void aParameterIsAnInputOrAResourceNotBoth() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> first() { return List.of(); }

                    @Asset
                    public static List<Row> second(@Input @Resource List<Row> first) { return first; }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.inputAndResource("first"))
                .inFile(assets).onLineContaining("@Input @Resource");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void theContextNeedsNoAnnotation() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows(@Resource AssetContext context) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.annotatedContext("context", "@Resource"))
                .inFile(assets).onLineContaining("AssetContext context");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void unannotatedParameterListsTheThreeKinds() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows(Client client) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), client(), assets);
        assertThat(compilation).hadErrorContaining(Messages.notAnInput("client"))
                .inFile(assets).onLineContaining("Client client");
        assertThat(compilation).hadErrorContaining("@Input List<R> or Stream<R> of a record R, @Resource of a class"
                + " or interface type, or dev.assetflow.runtime.AssetContext");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void resourceOutsideAnAssetOrCheckMethod() {
        JavaFileObject assets = orchestrated("""
                    @Asset
                    public static List<Row> rows() { return List.of(); }

                    public static int size(@Resource Client client) { return 0; }
                """);
        Compilation compilation = Compilations.compile(row(), client(), assets);
        assertThat(compilation).hadErrorContaining(Messages.resourceOutsideAsset("client", "test.Assets#size"))
                .inFile(assets).onLineContaining("size(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void resourceTypeMustBeVisibleToThePipeline() {
        JavaFileObject assets = orchestrated("""
                    private interface Secret {}

                    @Asset
                    public static List<Row> rows(@Resource Secret secret) { return List.of(); }
                """);
        Compilation compilation = Compilations.compile(row(), assets);
        assertThat(compilation).hadErrorContaining(Messages.inaccessibleType("test.Assets.Secret", "test.Assets#rows",
                "test")).inFile(assets).onLineContaining("interface Secret");
        assertThat(compilation).hadErrorCount(1);
    }
}
