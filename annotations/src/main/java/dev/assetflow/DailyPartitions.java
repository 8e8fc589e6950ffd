package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Partitions an asset by day: each partition is one calendar day of the {@link #column()}, which must be a
 * {@code LocalDate} or {@code LocalDateTime} component of the row type. Materializing a partition
 * replaces only the rows of that day ({@code column >= day and column < day + 1}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DailyPartitions {

    /** The partition column: a record component name in snake_case. */
    String column();

    /** The first day, ISO-8601 ({@code 2024-01-01}). */
    String start();

    /** The last day, inclusive, ISO-8601; empty means today. */
    String end() default "";
}
