package dev.assetflow.runtime;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.TablePartition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Daily or monthly partitions from a first to a last period, inclusive; without a last period, up to
 * today (or this month), evaluated when the keys are asked for.
 */
record TimeWindowPartitions(String column, boolean monthly, LocalDate start, LocalDate end) implements Partitions {

    TimeWindowPartitions {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("partitions of column '" + column + "' end (" + end
                    + ") before they start (" + start + ")");
        }
    }

    static TimeWindowPartitions daily(String column, String start, String end) {
        return new TimeWindowPartitions(column, false, parseDay(start, "start"),
                end == null || end.isEmpty() ? null : parseDay(end, "end"));
    }

    static TimeWindowPartitions monthly(String column, String start, String end) {
        return new TimeWindowPartitions(column, true, parseMonth(start, "start").atDay(1),
                end == null || end.isEmpty() ? null : parseMonth(end, "end").atDay(1));
    }

    private static LocalDate parseDay(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("daily partitions: " + what + " '" + text
                    + "' is not a date like 2024-01-15", e);
        }
    }

    private static YearMonth parseMonth(String text, String what) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("monthly partitions: " + what + " '" + text
                    + "' is not a month like 2024-01", e);
        }
    }

    private LocalDate last() {
        if (end != null) {
            return end;
        }
        LocalDate today = LocalDate.now();
        return monthly ? today.withDayOfMonth(1) : today;
    }

    private String keyOf(LocalDate period) {
        return monthly ? YearMonth.from(period).toString() : period.toString();
    }

    private LocalDate next(LocalDate period) {
        return monthly ? period.plusMonths(1) : period.plusDays(1);
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (LocalDate period = start; !period.isAfter(last()); period = next(period)) {
            keys.add(keyOf(period));
        }
        return keys;
    }

    @Override
    public List<String> keysBetween(String from, String to) {
        LocalDate first = periodOf(from);
        LocalDate last = periodOf(to);
        if (first.isAfter(last)) {
            throw new AssetflowException("partition range " + from + ".." + to + " is backwards; the first"
                    + " key must not come after the last");
        }
        List<String> keys = new ArrayList<>();
        for (LocalDate period = first; !period.isAfter(last); period = next(period)) {
            keys.add(keyOf(period));
        }
        return keys;
    }

    @Override
    public void validate(String key) {
        periodOf(key);
    }

    /** The first day of partition {@code key}, checked to be in range. */
    private LocalDate periodOf(String key) {
        LocalDate period;
        try {
            period = monthly ? YearMonth.parse(key).atDay(1) : LocalDate.parse(key);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new AssetflowException("unknown partition '" + key + "': " + (monthly ? "monthly" : "daily")
                    + " partition keys look like " + (monthly ? "2024-01" : "2024-01-15") + "; valid: "
                    + range());
        }
        if (period.isBefore(start) || period.isAfter(last())) {
            throw new AssetflowException("unknown partition '" + key + "': outside the partitions " + range());
        }
        return period;
    }

    private String range() {
        return keyOf(start) + " to " + keyOf(last()) + (end == null ? " (today)" : "");
    }

    @Override
    public TablePartition partition(String key, Column column) {
        LocalDate lower = periodOf(key);
        LocalDate upper = next(lower);
        if (column != null && column.type() == ColumnType.TIMESTAMP) {
            return TablePartition.range(key, this.column, lower.atStartOfDay(), upper.atStartOfDay());
        }
        return TablePartition.range(key, this.column, lower, upper);
    }

    @Override
    public String describe() {
        return (monthly ? "monthly " : "daily ") + keyOf(start) + ".." + (end == null ? "today" : keyOf(end));
    }
}
