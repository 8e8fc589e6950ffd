package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Partitions an asset by calendar month of the {@link #column()}, a {@code LocalDate} or
 * {@code LocalDateTime} component of the row type. Partition keys look like {@code 2024-01}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MonthlyPartitions {

    /** The partition column: a record component name in snake_case. */
    String column();

    /** The first month, {@code yyyy-MM}. */
    String start();

    /** The last month, inclusive, {@code yyyy-MM}; empty means the current month. */
    String end() default "";
}
