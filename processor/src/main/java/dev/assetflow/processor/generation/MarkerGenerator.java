package dev.assetflow.processor.generation;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates a marker class: a class in the well-known metadata package whose {@code String} constants
 * {@code METADATA}, {@code METADATA_2}... hold a text that downstream compilations read back from the class
 * path. The text is split so that no constant nears the class file's limit of 65535 bytes per string.
 */
public final class MarkerGenerator {

    /** Characters per constant: at most three bytes each in the class file, so well under 65535 bytes. */
    static final int CHUNK = 16_000;

    private MarkerGenerator() {
    }

    /**
     * The marker {@code packageName.simpleName} holding {@code text}.
     *
     * @param about what the marker describes, for its javadoc
     * @param originating the element it is generated from
     */
    public static GeneratedType generate(String packageName, String simpleName, String field, String text,
            String about, List<? extends Element> originating) {
        TypeSpec.Builder type = TypeSpec.classBuilder(simpleName)
                .addJavadoc("Assetflow metadata of $L, read back from the class path by the Assetflow annotation\n"
                        + "processor of downstream modules and later partial compilations. Not for use in code.\n", about)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        int part = 1;
        for (int start = 0; start < text.length() || part == 1; start += CHUNK, part++) {
            String chunk = text.substring(start, Math.min(text.length(), start + CHUNK));
            type.addField(FieldSpec.builder(String.class, part == 1 ? field : field + "_" + part,
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", chunk)
                    .build());
        }
        return new GeneratedType(packageName, type.build(), originating);
    }
}
