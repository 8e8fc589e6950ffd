package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.assetflow.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.InMemoryIOManager;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A compilation of 1,000 assets over 300 records: the generated Pipeline must split its row types and
 * definitions so that no method or class exceeds the JVM's limits, and must still run.
 */
class LargePipelineTest {

    private static final int ASSETS = 1_000;
    private static final int RECORDS = 300;
    /** One class declares far more assets than one definitions holder takes. */
    private static final int[] ASSETS_PER_CLASS = {400, 200, 200, 200};

    @Test
    void thousandAssetsCompileAndRun() throws Exception {
        Compilation compilation = Compilations.compile(sources().toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        String pipeline = compilation.generatedSourceFile("big.Pipeline").orElseThrow()
                .getCharContent(true).toString();
        assertThat(pipeline).contains("class RowTypes2", "class BigAssets0Definitions2");

        CompiledClasses classes = new CompiledClasses(compilation);
        AssetGraph graph = (AssetGraph) classes.invokeStatic("big.Pipeline", "graph");
        assertThat(graph.assets()).hasSize(ASSETS);
        assertThat(graph.upstream("asset_999")).containsExactly("asset_499");

        Materializer.Builder builder = (Materializer.Builder) classes.invokeStatic("big.Pipeline", "materializer");
        try (Materializer materializer = builder.ioManager("default", new InMemoryIOManager()).build()) {
            MaterializeResult result = materializer.materializeAll();
            assertThat(result.isSuccess()).as(result.failed().toString()).isTrue();
            assertThat(result.materialized()).hasSize(ASSETS);
            assertThat(result.totalRows()).isEqualTo(ASSETS);
        }
    }

    private static List<JavaFileObject> sources() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int r = 0; r < RECORDS; r++) {
            sources.add(source("big.Row" + r, """
                    package big;

                    public record Row%d(long id, int a, double b, String c, boolean d, long e, String f, long g) {}
                    """.formatted(r)));
        }
        int asset = 0;
        for (int c = 0; c < ASSETS_PER_CLASS.length; c++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < ASSETS_PER_CLASS[c]; i++, asset++) {
                body.append(assetMethod(asset));
            }
            sources.add(source("big.BigAssets" + c, """
                    package big;

                    import dev.assetflow.Asset;
                    import dev.assetflow.Input;
                    import java.util.List;

                    public final class BigAssets%d {
                    %s}
                    """.formatted(c, body)));
        }
        return sources;
    }

    /** Asset {@code n} reads asset {@code (n - 1) / 2}: a binary tree 10 levels deep. */
    private static String assetMethod(int n) {
        String row = "Row" + (n % RECORDS);
        String value = "new %s(%d, 1, 2.0, \"c\", true, 5L, \"f\", 7L)".formatted(row, n);
        if (n == 0) {
            return "    @Asset(name = \"asset_0\")\n    public static List<%s> asset0() { return List.of(%s); }\n\n"
                    .formatted(row, value);
        }
        int upstream = (n - 1) / 2;
        return ("    @Asset(name = \"asset_%d\")\n"
                + "    public static List<%s> asset%d(@Input(\"asset_%d\") List<Row%d> in) {\n"
                + "        return in.isEmpty() ? List.of() : List.of(%s);\n"
                + "    }\n\n").formatted(n, row, n, upstream, upstream % RECORDS, value);
    }
}
