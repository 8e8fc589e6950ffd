package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class PipelineGenerationTest {

    @Test
    void salesExampleCompilesWithoutWarnings() throws Exception {
        Compilation compilation = Compilations.compile(SalesSources.all());
        compilation.generatedSourceFile("com.acme.sales.Pipeline")
                .ifPresent(f -> { try { System.err.println(f.getCharContent(true)); } catch (Exception e) { } });
        compilation.diagnostics().forEach(d -> System.err.println(d));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
