package dev.assetflow.processor.generation;

import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A top-level type to write, with the elements it was generated from.
 *
 * @param packageName its package
 * @param type the type, without {@code @Generated} (the {@link SourceWriter} adds it)
 * @param originatingElements the elements it was generated from, for incremental builds
 */
public record GeneratedType(String packageName, TypeSpec type, List<? extends Element> originatingElements) {
}
