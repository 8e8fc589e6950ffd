package dev.assetflow.processor.model;

import javax.lang.model.element.AnnotationValue;

/**
 * One entry of {@code @Asset(deps = ...)}: an upstream asset that must run first but is not loaded.
 *
 * @param key the upstream key
 * @param value where the entry is written, for error positions
 */
public record DepDeclaration(String key, AnnotationValue value) {
}
