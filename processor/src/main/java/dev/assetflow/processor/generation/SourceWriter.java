package dev.assetflow.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The one place that writes generated files: it marks each type {@code @Generated} by this processor
 * (without a timestamp, so builds are reproducible), suppresses the deprecation warnings that calling a
 * user's deprecated asset method or record would raise, and records the originating elements.
 */
public final class SourceWriter {

    /** The value of {@code @Generated} on every generated type. */
    public static final String GENERATOR = "dev.assetflow.processor.AssetflowProcessor";

    private final Filer filer;
    private final boolean generatedAvailable;

    public SourceWriter(Filer filer, Elements elements) {
        this.filer = filer;
        this.generatedAvailable = elements.getTypeElement(RuntimeTypes.GENERATED.canonicalName()) != null;
    }

    /** Writes a resource of the class output, such as metadata read back by later compilations. */
    public void writeResource(String relativeName, String text, Element originating) throws IOException {
        try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativeName, originating)
                .openWriter()) {
            writer.write(text);
        }
    }

    public void write(GeneratedType generated) throws IOException {
        TypeSpec.Builder type = generated.type().toBuilder();
        if (generatedAvailable) {
            type.addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED).addMember("value", "$S", GENERATOR)
                    .build());
        }
        type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "{$S, $S}", "deprecation", "removal")
                .build());
        for (Element element : generated.originatingElements()) {
            type.addOriginatingElement(element);
        }
        JavaFile.builder(generated.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(filer);
    }
}
