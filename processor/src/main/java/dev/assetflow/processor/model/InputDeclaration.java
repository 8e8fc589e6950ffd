package dev.assetflow.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;

/**
 * One parameter of an asset method. A valid one is annotated {@code @Input} and receives the rows of the
 * upstream asset {@link #upstream()}.
 *
 * @param parameter the parameter
 * @param index the parameter's position, which is also its input index at run time
 * @param annotation the {@code @Input} annotation, empty when the parameter is not an input
 * @param value the explicit {@code @Input("...")} value, for error positions
 * @param upstream the upstream key: the explicit value or the parameter name in snake_case
 * @param rows the parameter's declared rows
 */
public record InputDeclaration(
        VariableElement parameter,
        int index,
        Optional<AnnotationMirror> annotation,
        Optional<AnnotationValue> value,
        String upstream,
        RowsDeclaration rows) {

    /** The parameter name. */
    public String name() {
        return parameter.getSimpleName().toString();
    }

    /** Whether the parameter is annotated {@code @Input}. */
    public boolean isInput() {
        return annotation.isPresent();
    }
}
