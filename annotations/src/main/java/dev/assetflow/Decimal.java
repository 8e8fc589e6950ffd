package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the precision and scale of a {@link java.math.BigDecimal} record component, stored as
 * {@code DECIMAL(precision, scale)}. Without it a {@code BigDecimal} column is {@code DECIMAL(38, 10)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Decimal {

    /** Total number of digits, 1 to 38. */
    int precision();

    /** Digits after the decimal point, 0 to {@code precision}. */
    int scale();
}
