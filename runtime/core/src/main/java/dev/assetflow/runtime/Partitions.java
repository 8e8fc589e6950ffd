package dev.assetflow.runtime;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.TablePartition;
import java.util.List;

/**
 * How an asset's table is split into partitions that are materialized independently: by day, by month,
 * or by a fixed list of values of a partition column. Instances are equal when they partition the same
 * way, which is when a partitioned downstream asset reads the same partition of its upstream.
 *
 * <pre>{@code
 * Partitions.daily("day", "2024-01-01", "")          // keys 2024-01-01 ... today
 * Partitions.monthly("day", "2024-01", "2024-12")    // keys 2024-01 ... 2024-12
 * Partitions.staticValues("region", List.of("eu", "us"))
 * }</pre>
 */
public interface Partitions {

    /**
     * One partition per day of {@code column} (a {@code LocalDate} or {@code LocalDateTime} column), from
     * {@code start} to {@code end} inclusive (ISO dates; an empty end means today).
     */
    static Partitions daily(String column, String start, String end) {
        return TimeWindowPartitions.daily(column, start, end);
    }

    /** One partition per month ({@code yyyy-MM}) of {@code column}; an empty end means this month. */
    static Partitions monthly(String column, String start, String end) {
        return TimeWindowPartitions.monthly(column, start, end);
    }

    /** One partition per value of a {@code String} or enum column. */
    static Partitions staticValues(String column, List<String> values) {
        return new StaticValuePartitions(column, values);
    }

    /** The partition column. */
    String column();

    /** Every partition key, in order. */
    List<String> keys();

    /**
     * The keys from {@code from} to {@code to}, inclusive.
     *
     * @throws AssetflowException when either is not a key, with the valid range
     */
    List<String> keysBetween(String from, String to);

    /**
     * Checks that {@code key} is one of {@link #keys()}.
     *
     * @throws AssetflowException naming the valid keys or range
     */
    void validate(String key);

    /** The rows of partition {@code key}, with bounds of the column's type. */
    TablePartition partition(String key, Column column);

    /** A description such as {@code daily 2024-01-01..today}. */
    String describe();
}
