package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a check of an asset: a {@code public static} method returning
 * {@code dev.assetflow.runtime.CheckResult}, whose {@link Input} parameters read assets like an asset's
 * do. It runs after the asset is materialized; its outcome is recorded in the run history.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AssetCheck {

    /** The key of the checked asset. */
    String asset();

    /** The check's name; defaults to the method name in snake_case. */
    String name() default "";

    /** A human readable description. */
    String description() default "";

    /** When true, a failing check skips the asset's downstream assets. */
    boolean blocking() default false;
}
