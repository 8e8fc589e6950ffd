package dev.assetflow.processor.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations through mirrors, so the processor never needs the annotation classes loaded. */
public final class Annotations {

    /** {@code dev.assetflow.Asset}. */
    public static final String ASSET = "dev.assetflow.Asset";
    /** {@code dev.assetflow.Input}. */
    public static final String INPUT = "dev.assetflow.Input";
    /** {@code dev.assetflow.Decimal}. */
    public static final String DECIMAL = "dev.assetflow.Decimal";
    /** {@code dev.assetflow.Resource}. */
    public static final String RESOURCE = "dev.assetflow.Resource";
    /** {@code dev.assetflow.Retry}. */
    public static final String RETRY = "dev.assetflow.Retry";
    /** {@code dev.assetflow.DailyPartitions}. */
    public static final String DAILY_PARTITIONS = "dev.assetflow.DailyPartitions";
    /** {@code dev.assetflow.MonthlyPartitions}. */
    public static final String MONTHLY_PARTITIONS = "dev.assetflow.MonthlyPartitions";
    /** {@code dev.assetflow.StaticPartitions}. */
    public static final String STATIC_PARTITIONS = "dev.assetflow.StaticPartitions";
    /** {@code dev.assetflow.SourceAsset}. */
    public static final String SOURCE_ASSET = "dev.assetflow.SourceAsset";
    /** {@code dev.assetflow.AssetPipeline}. */
    public static final String ASSET_PIPELINE = "dev.assetflow.AssetPipeline";
    /** {@code dev.assetflow.AssetCheck}. */
    public static final String ASSET_CHECK = "dev.assetflow.AssetCheck";
    /** The runtime type injected into asset and check parameters without annotation. */
    public static final String ASSET_CONTEXT = "dev.assetflow.runtime.AssetContext";
    /** The runtime type asset check methods return. */
    public static final String CHECK_RESULT = "dev.assetflow.runtime.CheckResult";

    private Annotations() {
    }

    /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        return find(element.getAnnotationMirrors(), qualifiedName);
    }

    /** The annotation of type {@code qualifiedName} among {@code mirrors}, if present. */
    public static Optional<AnnotationMirror> find(List<? extends AnnotationMirror> mirrors, String qualifiedName) {
        for (AnnotationMirror mirror : mirrors) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Whether any of {@code mirrors} has the simple name {@code simpleName}. */
    public static boolean hasSimpleName(List<? extends AnnotationMirror> mirrors, String simpleName) {
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The value of {@code name} as written in the source, empty when it is left to its default. */
    public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** The value of {@code name}, written or default. */
    public static AnnotationValue value(AnnotationMirror mirror, String name) {
        Optional<AnnotationValue> explicit = explicitValue(mirror, name);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(name)
                    && method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
        }
        throw new IllegalArgumentException(type + " has no value " + name);
    }

    /** A String value, written or default. */
    public static String stringValue(AnnotationMirror mirror, String name) {
        return String.valueOf(value(mirror, name).getValue());
    }

    /** The entries of an array value, written or default. */
    public static List<? extends AnnotationValue> arrayValue(AnnotationMirror mirror, String name) {
        Object value = value(mirror, name).getValue();
        if (value instanceof List<?> list) {
            return list.stream().map(AnnotationValue.class::cast).toList();
        }
        throw new IllegalArgumentException(name + " of " + mirror + " is not an array");
    }
}
