package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Partitions an asset by a fixed list of values of the {@link #column()}, a {@code String} or enum
 * component of the row type. Materializing a partition replaces only the rows with that value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface StaticPartitions {

    /** The partition column: a record component name in snake_case. */
    String column();

    /** The partition keys, which are the column values. */
    String[] values();
}
