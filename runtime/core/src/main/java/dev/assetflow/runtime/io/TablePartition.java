package dev.assetflow.runtime.io;

import java.util.Objects;

/**
 * The rows of one partition of a table: those whose {@code column} lies in {@code [lower, upper)} (a time
 * window) or equals {@code value} (a static partition). Values are {@code LocalDate}, {@code LocalDateTime}
 * or {@code String}, matching the column's type.
 *
 * @param key the partition key, for messages ({@code 2024-01-15}, {@code 2024-01}, {@code eu})
 * @param column the partition column
 * @param value the value of a static partition, else {@code null}
 * @param lower the inclusive lower bound of a time window, else {@code null}
 * @param upper the exclusive upper bound of a time window, else {@code null}
 */
public record TablePartition(String key, String column, Object value, Comparable<?> lower, Comparable<?> upper) {

    public TablePartition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(column, "column");
        if ((value == null) == (lower == null || upper == null)) {
            throw new IllegalArgumentException("a partition has either a value or both bounds");
        }
    }

    /** The rows whose {@code column} is in {@code [lower, upper)}. */
    public static TablePartition range(String key, String column, Comparable<?> lower, Comparable<?> upper) {
        return new TablePartition(key, column, null, Objects.requireNonNull(lower, "lower"),
                Objects.requireNonNull(upper, "upper"));
    }

    /** The rows whose {@code column} equals {@code value}. */
    public static TablePartition value(String key, String column, Object value) {
        return new TablePartition(key, column, Objects.requireNonNull(value, "value"), null, null);
    }

    /** Whether this is a time window rather than a single value. */
    public boolean isRange() {
        return value == null;
    }

    /** Whether a column value belongs to this partition. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean contains(Object candidate) {
        if (candidate == null) {
            return false;
        }
        if (!isRange()) {
            return value.equals(candidate);
        }
        if (!lower.getClass().isInstance(candidate)) {
            return false;
        }
        return ((Comparable) lower).compareTo(candidate) <= 0 && ((Comparable) upper).compareTo(candidate) > 0;
    }

    /** What the partition holds, as {@code day >= 2024-01-15 and day < 2024-01-16} or {@code region = 'eu'}. */
    public String describe() {
        return isRange() ? column + " >= " + lower + " and " + column + " < " + upper
                : column + " = '" + value + "'";
    }

    /** The index of the partition column in {@code columns}, or -1. */
    public int indexIn(java.util.List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
