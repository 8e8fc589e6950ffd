package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.io.SchemaPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @Asset(onSchemaChange = ...)} becomes the asset definition's schema policy. */
class SchemaChangeGenerationTest {

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Compilations.compile(
                JavaFileObjects.forSourceLines("com.acme.policies.Row",
                        "package com.acme.policies;",
                        "public record Row(long id) {}"),
                JavaFileObjects.forSourceLines("com.acme.policies.PolicyAssets",
                        "package com.acme.policies;",
                        "import dev.assetflow.Asset;",
                        "import dev.assetflow.SchemaChange;",
                        "import java.util.List;",
                        "public final class PolicyAssets {",
                        "    private PolicyAssets() {}",
                        "    @Asset public static List<Row> inherited() { return List.of(); }",
                        "    @Asset(onSchemaChange = SchemaChange.IO_MANAGER_DEFAULT)",
                        "    public static List<Row> explicitDefault() { return List.of(); }",
                        "    @Asset(onSchemaChange = SchemaChange.FAIL) public static List<Row> failing() {",
                        "        return List.of();",
                        "    }",
                        "    @Asset(onSchemaChange = SchemaChange.REPLACE) public static List<Row> replaced() {",
                        "        return List.of();",
                        "    }",
                        "    @Asset(onSchemaChange = SchemaChange.ADD_COLUMNS) public static List<Row> widened() {",
                        "        return List.of();",
                        "    }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    private static String pipeline() throws Exception {
        return compilation.generatedSourceFile("com.acme.policies.Pipeline").orElseThrow()
                .getCharContent(true).toString();
    }

    @Test
    void onlyAssetsThatChooseAPolicyGetASchemaPolicyCall() throws Exception {
        String pipeline = pipeline();
        assertThat(pipeline).contains("import dev.assetflow.runtime.io.SchemaPolicy;");
        assertThat(pipeline.split("\\.schemaPolicy\\(", -1)).hasSize(4);
        assertThat(pipeline).contains(".schemaPolicy(SchemaPolicy.FAIL)", ".schemaPolicy(SchemaPolicy.REPLACE)",
                ".schemaPolicy(SchemaPolicy.ADD_COLUMNS)");
    }

    @Test
    void theGeneratedDefinitionsCarryThePolicies() throws Exception {
        AssetGraph graph = (AssetGraph) new CompiledClasses(compilation)
                .invokeStatic("com.acme.policies.Pipeline", "graph");
        assertThat(graph.require("inherited").schemaPolicy()).isEmpty();
        assertThat(graph.require("explicit_default").schemaPolicy()).isEmpty();
        assertThat(graph.require("failing").schemaPolicy()).contains(SchemaPolicy.FAIL);
        assertThat(graph.require("replaced").schemaPolicy()).contains(SchemaPolicy.REPLACE);
        assertThat(graph.require("widened").schemaPolicy()).contains(SchemaPolicy.ADD_COLUMNS);
    }
}
