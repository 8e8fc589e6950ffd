package dev.assetflow.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @Decimal(precision, scale)} on a record component, with its values for error positions.
 *
 * @param mirror the annotation
 * @param precision the declared precision
 * @param precisionValue where the precision is written
 * @param scale the declared scale
 * @param scaleValue where the scale is written
 */
public record DecimalAnnotation(
        AnnotationMirror mirror,
        int precision,
        AnnotationValue precisionValue,
        int scale,
        AnnotationValue scaleValue) {

    /** The precision of a {@code BigDecimal} column without {@code @Decimal}. */
    public static final int DEFAULT_PRECISION = 38;

    /** The scale of a {@code BigDecimal} column without {@code @Decimal}. */
    public static final int DEFAULT_SCALE = 10;

    /** The largest precision every backend supports. */
    public static final int MAX_PRECISION = 38;
}
