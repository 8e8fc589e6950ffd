package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import java.util.Collection;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Assetflow's annotations appear only where they mean something: {@code @Input} and {@code @Resource} on
 * parameters of {@code @Asset} and {@code @AssetCheck} methods; {@code @Retry} and the partitions annotations
 * on {@code @Asset} methods.
 */
public final class PlacementValidator {

    /** Checks the parameters annotated {@code @Input} ({@code resource} false) or {@code @Resource} in one round. */
    public ValidationReport validateParameters(Collection<? extends Element> parameters, boolean resource) {
        ValidationReport.Builder report = ValidationReport.builder();
        String annotation = resource ? Annotations.RESOURCE : Annotations.INPUT;
        for (Element parameter : parameters) {
            Element owner = parameter.getEnclosingElement();
            boolean placed = owner instanceof ExecutableElement method
                    && (Annotations.find(method, Annotations.ASSET).isPresent()
                            || Annotations.find(method, Annotations.ASSET_CHECK).isPresent());
            if (!placed) {
                String where = owner.getEnclosingElement() + "#" + owner.getSimpleName();
                String name = parameter.getSimpleName().toString();
                report.error(resource ? Messages.resourceOutsideAsset(name, where)
                        : Messages.inputOutsideAsset(name, where), parameter,
                        Annotations.find(parameter, annotation), Optional.empty());
            }
        }
        return report.build();
    }

    /** Checks the methods annotated {@code annotation} (such as {@code @Retry}) in one round. */
    public ValidationReport validateOnAssets(Collection<? extends Element> methods, String annotation) {
        ValidationReport.Builder report = ValidationReport.builder();
        for (Element method : methods) {
            if (Annotations.find(method, Annotations.ASSET).isEmpty()) {
                String simpleName = "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
                String where = method.getEnclosingElement() + "#" + method.getSimpleName();
                Optional<AnnotationMirror> mirror = Annotations.find(method, annotation);
                // javac places an error on an annotation without a value on the method; a value is on the annotation
                Optional<AnnotationValue> value = mirror.flatMap(m -> m.getElementValues().values().stream().findFirst());
                report.error(Messages.annotationOutsideAsset(simpleName, where), method, mirror, value);
            }
        }
        return report.build();
    }
}
