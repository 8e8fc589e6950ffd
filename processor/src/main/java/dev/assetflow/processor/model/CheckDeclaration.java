package dev.assetflow.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @AssetCheck} method as declared, before any check.
 *
 * @param method the annotated method
 * @param declaringType the type declaring the method
 * @param annotation the {@code @AssetCheck} annotation
 * @param name the check name: {@code name} or the method name in snake_case
 * @param nameValue the explicit {@code name} value, for error positions
 * @param asset the key of the checked asset
 * @param assetValue where the checked asset is written
 * @param description the description, possibly empty
 * @param blocking whether a failure skips the asset's downstream
 * @param returnsCheckResult whether the method returns {@code dev.assetflow.runtime.CheckResult}
 * @param sql whether the method returns a jOOQ {@code Select} of the failing rows, counted in the database
 * @param parameters every parameter, in order
 * @param codeVersion a hash of the method's source
 */
public record CheckDeclaration(
        ExecutableElement method,
        TypeElement declaringType,
        AnnotationMirror annotation,
        String name,
        Optional<AnnotationValue> nameValue,
        String asset,
        Optional<AnnotationValue> assetValue,
        String description,
        boolean blocking,
        boolean returnsCheckResult,
        boolean sql,
        List<ParameterDeclaration> parameters,
        String codeVersion) {

    public CheckDeclaration {
        parameters = List.copyOf(parameters);
    }

    /** The method name. */
    public String methodName() {
        return method.getSimpleName().toString();
    }

    /** The method as {@code com.acme.SalesChecks#positiveAmounts}, for messages and the runtime. */
    public String methodReference() {
        return declaringType.getQualifiedName() + "#" + methodName();
    }
}
