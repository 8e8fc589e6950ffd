package dev.assetflow.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One parameter of an asset or check method. A valid one is annotated {@code @Input} and receives the rows
 * of the upstream asset {@link #upstream()}, is annotated {@code @Resource} and receives a resource of its
 * type, or is an {@code AssetContext}.
 *
 * @param parameter the parameter
 * @param name the parameter name as written in the source (a class file compiled without {@code -parameters}
 *     has only {@code arg0}, {@code arg1}...; its compilation recorded the real one)
 * @param index the parameter's position
 * @param annotation the {@code @Input} annotation, empty when the parameter is not an input
 * @param value the explicit {@code @Input("...")} value, for error positions
 * @param upstream the upstream key: the explicit value or the parameter name in snake_case
 * @param rows the parameter's declared rows
 * @param resource the {@code @Resource} annotation, empty when the parameter is not a resource
 * @param declaredType the class or interface of the parameter's type, empty for primitives, arrays and
 *     type variables
 * @param context whether the parameter's type is {@code dev.assetflow.runtime.AssetContext}
 */
public record ParameterDeclaration(
        VariableElement parameter,
        String name,
        int index,
        Optional<AnnotationMirror> annotation,
        Optional<AnnotationValue> value,
        String upstream,
        RowsDeclaration rows,
        Optional<AnnotationMirror> resource,
        Optional<TypeElement> declaredType,
        boolean context) {

    /** Whether the parameter is annotated {@code @Input}. */
    public boolean isInput() {
        return annotation.isPresent();
    }

    /** Whether the parameter is annotated {@code @Resource}. */
    public boolean isResource() {
        return resource.isPresent();
    }

    /** Whether the parameter is an unannotated {@code AssetContext}, which the runtime injects. */
    public boolean isContext() {
        return context && annotation.isEmpty() && resource.isEmpty();
    }
}
