package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a table that exists but is produced elsewhere, with this record as its row type, so that
 * {@link Input} parameters can read it with the same compile-time checks. Assetflow never writes it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SourceAsset {

    /** The asset key and table name. */
    String name();

    /** The schema; defaults to the IO manager's default. */
    String schema() default "";

    /** The IO manager that reads it. */
    String io() default "default";

    /** A human readable description. */
    String description() default "";

    /** The group, for selection and listings. */
    String group() default "default";
}
