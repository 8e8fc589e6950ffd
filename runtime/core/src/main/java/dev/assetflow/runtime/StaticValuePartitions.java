package dev.assetflow.runtime;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.TablePartition;
import java.util.List;
import java.util.Objects;

/** Partitions by a fixed list of values. */
record StaticValuePartitions(String column, List<String> values) implements Partitions {

    StaticValuePartitions {
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("static partitions of column '" + column + "' need at least one value");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("static partitions of column '" + column + "' repeat a value: " + values);
        }
    }

    @Override
    public List<String> keys() {
        return values;
    }

    @Override
    public List<String> keysBetween(String from, String to) {
        validate(from);
        validate(to);
        int start = values.indexOf(from);
        int end = values.indexOf(to);
        if (start > end) {
            throw new AssetflowException("partition range " + from + ".." + to + " is backwards; the partitions"
                    + " are, in order: " + String.join(", ", values));
        }
        return values.subList(start, end + 1);
    }

    @Override
    public void validate(String key) {
        if (!values.contains(key)) {
            throw new AssetflowException("unknown partition '" + key + "'"
                    + Suggestions.didYouMean(key, values) + "; the partitions are: " + String.join(", ", values));
        }
    }

    @Override
    public TablePartition partition(String key, Column column) {
        validate(key);
        return TablePartition.value(key, this.column, key);
    }

    @Override
    public String describe() {
        return "static " + String.join(",", values);
    }
}
