package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an asset method parameter that receives the rows of an upstream asset, as {@code List<R>} or
 * {@code Stream<R>}.
 *
 * <p>{@code R} is the upstream's row type, or a smaller record whose components name upstream columns
 * (the IO manager then reads only those columns).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Input {

    /** The upstream asset key; defaults to the parameter name in snake_case. */
    String value() default "";
}
