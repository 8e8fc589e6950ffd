package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated Pipeline of the shop example, which uses every orchestration feature. */
class ShopPipelineTest {

    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("assetflow.updateGolden");
    private static final String SHOP_GOLDEN = "golden/shop/Pipeline.java";

    @Test
    void shopExampleMatchesTheGoldenFile() throws IOException {
        Compilation compilation = Compilations.compile(ShopSources.all());
        assertThat(compilation).succeededWithoutWarnings();
        if (UPDATE_GOLDEN) {
            Files.writeString(Path.of("src/test/resources", SHOP_GOLDEN), compilation
                    .generatedSourceFile("com.acme.shop.Pipeline").orElseThrow().getCharContent(true).toString(),
                    StandardCharsets.UTF_8);
        }
        assertThat(compilation).generatedSourceFile("com.acme.shop.Pipeline")
                .hasSourceEquivalentTo(JavaFileObjects.forResource(SHOP_GOLDEN));
    }
}
