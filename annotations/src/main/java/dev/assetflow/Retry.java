package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retries a failed asset. Each attempt's rows replace the table atomically, so a failed attempt leaves
 * nothing half-written.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Retry {

    /** Attempts in all, including the first; at least 1. */
    int attempts() default 3;

    /** Delay before the second attempt, in milliseconds. */
    long delayMillis() default 1000;

    /** Factor applied to the delay after each further failure. */
    double backoff() default 2.0;
}
