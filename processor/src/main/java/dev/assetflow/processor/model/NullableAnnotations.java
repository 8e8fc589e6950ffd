package dev.assetflow.processor.model;

import dev.assetflow.processor.base.Annotations;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;

/**
 * Finds {@code @Nullable} on a record component: any annotation whose simple name is {@code Nullable}, as a
 * declaration annotation (which Java propagates to the component, its field or its accessor, depending on
 * the annotation's targets) or as a type-use annotation.
 */
final class NullableAnnotations {

    private static final String NULLABLE = "Nullable";

    private NullableAnnotations() {
    }

    static boolean isAnnotatedNullable(RecordComponentElement component) {
        if (annotated(component) || Annotations.hasSimpleName(component.asType().getAnnotationMirrors(), NULLABLE)) {
            return true;
        }
        ExecutableElement accessor = component.getAccessor();
        if (accessor != null && (annotated(accessor)
                || Annotations.hasSimpleName(accessor.getReturnType().getAnnotationMirrors(), NULLABLE))) {
            return true;
        }
        for (Element member : component.getEnclosingElement().getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())
                    && (annotated(member)
                            || Annotations.hasSimpleName(member.asType().getAnnotationMirrors(), NULLABLE))) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotated(Element element) {
        return Annotations.hasSimpleName(element.getAnnotationMirrors(), NULLABLE);
    }
}
